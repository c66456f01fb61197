package io.patchbay.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import io.patchbay.livetest.CheckResult;
import io.patchbay.livetest.LiveTestListener;
import io.patchbay.livetest.LiveTestReport;
import io.patchbay.livetest.LiveTestRequest;
import io.patchbay.livetest.LiveTestRunner;
import io.patchbay.livetest.LiveTestSuite;
import io.patchbay.livetest.ObjectResult;
import io.patchbay.livetest.Outcome;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateLabels;
import io.patchbay.model.Identifiable;
import io.patchbay.ui.PatchbayUi;

/**
 * The Live Tests view: runs the live-test suites (all, or the one chosen) on the objects selected in the Estate
 * navigator, or on the whole estate when nothing is selected, in a background job the operator can stop. The results
 * form a tree, object → suite → check, each with its verdict (PASS, FAIL, SKIP), the rule (F-xx), what was found and
 * the fix. Double-clicking a row selects its object in the navigator. Below, the path of a Device@Home phone to the
 * selected system is drawn with the verdict of each hop. A run works on a copy of the estate taken when it starts, so
 * edits made while it runs neither race with its worker threads nor change its results; the results lead back to the
 * open estate's objects by their ids.
 */
public final class LiveTestsView extends ViewPart {

    /** An object of the estate and the suites' results on it, in the order they finished. */
    static final class ObjectNode {
        final String objectId;
        final String label;
        final List<SuiteNode> suites = new ArrayList<>();

        ObjectNode(String objectId, String label) {
            this.objectId = objectId;
            this.label = label;
        }

        Outcome outcome() {
            return Outcome.of(suites.stream().map(s -> s.result.outcome()).toList());
        }
    }

    /** One suite's result on one object. */
    static final class SuiteNode {
        final ObjectNode parent;
        final ObjectResult result;
        final List<CheckNode> checks = new ArrayList<>();

        SuiteNode(ObjectNode parent, ObjectResult result) {
            this.parent = parent;
            this.result = result;
            result.checks().forEach(check -> checks.add(new CheckNode(this, check)));
        }
    }

    /** One check's verdict. */
    static final class CheckNode {
        final SuiteNode parent;
        final CheckResult check;

        CheckNode(SuiteNode parent, CheckResult check) {
            this.parent = parent;
            this.check = check;
        }
    }

    private static final String ALL_SUITES = "All suites";

    private EstateSession session;
    private Combo suite;
    private Button run;
    private Button stop;
    private Label status;
    private TreeViewer tree;
    private final Map<String, ObjectNode> objects = new LinkedHashMap<>();
    private List<LiveTestSuite> suites = List.of();
    private Job job;
    private NatPathPicture picture;

    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(EstateSession.class);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 2).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        suite = new Combo(bar, SWT.READ_ONLY);
        run = new Button(bar, SWT.PUSH);
        run.setText("Run");
        run.setToolTipText("Run the suites on the objects selected in the Estate navigator, or on the whole estate");
        run.addListener(SWT.Selection, event -> runOnSelection());
        stop = new Button(bar, SWT.PUSH);
        stop.setText("Stop");
        stop.setEnabled(false);
        stop.addListener(SWT.Selection, event -> {
            if (job != null) {
                job.cancel();
            }
        });
        status = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite frame = new Composite(sash, SWT.NONE);
        TreeColumnLayout columns = new TreeColumnLayout();
        frame.setLayout(columns);
        tree = new TreeViewer(frame, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        tree.getTree().setHeaderVisible(true);
        tree.getTree().setLinesVisible(true);
        tree.setContentProvider(new Content());
        column(columns, "Object / suite / check", 26, new Labels(0));
        column(columns, "Result", 8, new Labels(1));
        column(columns, "Rule", 6, new Labels(2));
        column(columns, "Found", 35, new Labels(3));
        column(columns, "Fix", 25, new Labels(4));
        tree.setInput(objects);
        tree.addDoubleClickListener(event -> revealInNavigator(event.getSelection()));
        picture = new NatPathPicture(sash);
        sash.setWeights(66, 34);
        tree.addSelectionChangedListener(event -> showPath(event.getStructuredSelection().getFirstElement()));
        getSite().setSelectionProvider(tree);
        loadSuites();
    }

    private void column(TreeColumnLayout layout, String title, int weight, ColumnLabelProvider labels) {
        TreeViewerColumn column = new TreeViewerColumn(tree, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(labels);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 50));
    }

    private LiveTestRunner runner() {
        BundleContext context = FrameworkUtil.getBundle(LiveTestsView.class).getBundleContext();
        ServiceReference<LiveTestRunner> reference = context.getServiceReference(LiveTestRunner.class);
        return reference == null ? null : context.getService(reference);
    }

    private void loadSuites() {
        LiveTestRunner runner = runner();
        suites = runner == null ? List.of() : runner.suites();
        suite.removeAll();
        suite.add(ALL_SUITES);
        suites.forEach(s -> suite.add(s.name() + " (" + s.id() + ")"));
        suite.select(0);
        setStatus(runner == null ? "The live tests are not installed (bundle io.patchbay.livetest)."
                : "Select objects in the Estate navigator (or none for the whole estate) and press Run.");
    }

    /** Chooses the suite to run by its id, or every suite for {@code null}. */
    public void chooseSuite(String id) {
        for (int i = 0; i < suites.size(); i++) {
            if (suites.get(i).id().equals(id)) {
                suite.select(i + 1);
                return;
            }
        }
        suite.select(0);
    }

    /** Runs the chosen suites on the navigator's selection, or on the whole estate when nothing is selected there. */
    public void runOnSelection() {
        List<String> selection = new ArrayList<>();
        if (getSite().getPage().findView(PatchbayUi.ESTATE_NAVIGATOR_ID) instanceof EstateNavigator navigator) {
            for (Object o : navigator.viewer().getStructuredSelection()) {
                if (o instanceof Identifiable object && object.getId() != null) {
                    selection.add(object.getId());
                }
            }
        }
        run(selection);
    }

    /** Runs the chosen suites on the objects {@code ids} (with what they contain), or every object when empty. */
    public void run(List<String> ids) {
        if (job != null && job.getResult() == null) {
            return;
        }
        LiveTestRunner runner = runner();
        Estate estate = session.estate().orElse(null);
        if (runner == null || estate == null) {
            setStatus(runner == null ? "The live tests are not installed (bundle io.patchbay.livetest)."
                    : "No estate is open: " + session.problem().orElse(""));
            return;
        }
        int chosen = suite.getSelectionIndex();
        List<String> suiteIds = chosen <= 0 ? List.of() : List.of(suites.get(chosen - 1).id());
        // the probe timeout, STUN server and RSP.servicelink endpoints set under Window > Preferences > Live Tests
        LiveTestRequest request = new io.patchbay.ui.internal.preferences.ConsolePreferences()
                .applyTo(LiveTestRequest.all().withSuites(suiteIds).withSelection(ids));
        String what = (suiteIds.isEmpty() ? "every suite" : suites.get(chosen - 1).name()) + " on "
                + (ids.isEmpty() ? "the whole estate" : String.join(", ", ids));
        // taken here on the UI thread, the only writer of the model; the worker threads read nothing else
        Estate snapshot = EcoreUtil.copy(estate);
        objects.clear();
        tree.refresh();
        picture.show(null);
        setStatus("Running " + what + "\u2026");
        run.setEnabled(false);
        stop.setEnabled(true);
        job = new Job("Live tests: " + what) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask("Live tests: " + what, IProgressMonitor.UNKNOWN);
                LiveTestListener listener = new LiveTestListener() {
                    @Override
                    public void started(LiveTestSuite started, String object) {
                        monitor.subTask(started.name() + " on " + object);
                    }

                    @Override
                    public void progress(LiveTestSuite running, String object, String message) {
                        monitor.subTask(running.name() + " on " + object + ": " + message);
                    }

                    @Override
                    public void finished(ObjectResult result) {
                        monitor.worked(1);
                        ui(() -> add(result));
                    }

                    @Override
                    public boolean isCancelled() {
                        return monitor.isCanceled();
                    }
                };
                String message;
                try {
                    LiveTestReport report = runner.run(snapshot, request, listener);
                    message = summary(report);
                } catch (IllegalArgumentException e) {
                    message = "Cannot run " + what + ": " + e.getMessage();
                } catch (RuntimeException e) {
                    message = "The live tests stopped: " + e;
                }
                String done = message;
                ui(() -> {
                    setStatus(done);
                    run.setEnabled(true);
                    stop.setEnabled(false);
                });
                monitor.done();
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
    }

    private static String summary(LiveTestReport report) {
        long passed = report.count(Outcome.PASSED);
        long failed = report.count(Outcome.FAILED);
        long skipped = report.count(Outcome.SKIPPED);
        return (report.cancelled() ? "Stopped: " : "") + passed + " passed, " + failed + " failed, " + skipped
                + " skipped (" + report.results().size() + " suite runs in " + report.elapsed().toMillis()
                + " ms)" + (report.passed() ? "" : " \u2014 see the fixes below");
    }

    private void ui(Runnable runnable) {
        if (tree.getControl().isDisposed()) {
            return;
        }
        tree.getControl().getDisplay().asyncExec(() -> {
            if (!tree.getControl().isDisposed()) {
                runnable.run();
            }
        });
    }

    private void add(ObjectResult result) {
        ObjectNode node = objects.computeIfAbsent(result.objectId(), id -> new ObjectNode(id, result.object()));
        SuiteNode suiteNode = new SuiteNode(node, result);
        node.suites.add(suiteNode);
        tree.refresh();
        tree.expandToLevel(node, 1);
        if (result.outcome() == Outcome.FAILED) {
            tree.expandToLevel(suiteNode, 1);
        }
        if (picture.hops().isEmpty() && NatPathPicture.SUITE.equals(result.suiteId())) {
            picture.show(result);
        }
    }

    /** Shows the Device@Home path of the selected row's object, when it has a Device@Home result. */
    private void showPath(Object element) {
        ObjectNode object = element instanceof ObjectNode o ? o
                : element instanceof SuiteNode s ? s.parent : element instanceof CheckNode c ? c.parent.parent : null;
        if (object == null) {
            return;
        }
        object.suites.stream().filter(s -> NatPathPicture.SUITE.equals(s.result.suiteId())).findFirst()
                .ifPresent(s -> picture.show(s.result));
    }

    /** The Device@Home path drawn now, for the console's own tests. */
    public List<String> pathVerdicts() {
        return picture.hops().stream().map(h -> h.from() + " \u2192 " + h.to() + ": "
                + NatPathPicture.verdict(h.outcome()) + " " + String.join(" ", h.rules())).toList();
    }

    /** The picture's canvas, for the console's own tests. */
    public org.eclipse.swt.widgets.Canvas pathCanvas() {
        return picture.control();
    }

    private void setStatus(String text) {
        status.setText(text);
        status.setToolTipText(text);
        status.getParent().layout();
    }

    private void revealInNavigator(ISelection selection) {
        Object element = ((IStructuredSelection) selection).getFirstElement();
        String id = element instanceof ObjectNode o ? o.objectId
                : element instanceof SuiteNode s ? s.parent.objectId
                        : element instanceof CheckNode c ? c.parent.parent.objectId : null;
        if (id == null) {
            return;
        }
        EObject found = session.estate().map(estate -> {
            for (var it = estate.eAllContents(); it.hasNext();) {
                if (it.next() instanceof Identifiable object && id.equals(object.getId())) {
                    return (EObject) object;
                }
            }
            return null;
        }).orElse(null);
        if (found != null && getSite().getPage().findView(PatchbayUi.ESTATE_NAVIGATOR_ID)
                instanceof EstateNavigator navigator) {
            navigator.viewer().setSelection(new StructuredSelection(found), true);
            getSite().getPage().activate(navigator);
        }
    }

    /** The results, for the console's own tests. */
    public TreeViewer tree() {
        return tree;
    }

    /** What the last run came to (or what is going on), for the console's own tests. */
    public String status() {
        return status.getText();
    }

    /** The running or last run, or {@code null}, for the console's own tests. */
    public Job job() {
        return job;
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }

    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return objects.values().toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof ObjectNode o ? o.suites.toArray()
                    : parent instanceof SuiteNode s ? s.checks.toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof SuiteNode s ? s.parent : element instanceof CheckNode c ? c.parent : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }

    private static String verdict(Outcome outcome) {
        return switch (outcome) {
            case PASSED -> "PASS";
            case FAILED -> "FAIL";
            case SKIPPED -> "SKIP";
        };
    }

    private static final class Labels extends ColumnLabelProvider {
        private final int column;

        Labels(int column) {
            this.column = column;
        }

        @Override
        public String getText(Object element) {
            if (element instanceof ObjectNode o) {
                return switch (column) {
                    case 0 -> o.label;
                    case 1 -> verdict(o.outcome());
                    default -> "";
                };
            }
            if (element instanceof SuiteNode s) {
                return switch (column) {
                    case 0 -> s.result.suiteName();
                    case 1 -> verdict(s.result.outcome());
                    case 2 -> String.join(", ", s.result.failedFacts());
                    case 3 -> s.result.elapsed().toMillis() + " ms";
                    default -> "";
                };
            }
            if (element instanceof CheckNode c) {
                return switch (column) {
                    case 0 -> c.check.check();
                    case 1 -> verdict(c.check.outcome());
                    case 2 -> c.check.factId();
                    case 3 -> c.check.message();
                    default -> c.check.fix();
                };
            }
            return "";
        }

        @Override
        public String getToolTipText(Object element) {
            if (element instanceof CheckNode c && !c.check.evidence().isEmpty()) {
                return c.check.evidence().toString();
            }
            return null;
        }

        @Override
        public Color getForeground(Object element) {
            if (column != 1) {
                return null;
            }
            Outcome outcome = element instanceof ObjectNode o ? o.outcome()
                    : element instanceof SuiteNode s ? s.result.outcome()
                            : element instanceof CheckNode c ? c.check.outcome() : null;
            if (outcome == null) {
                return null;
            }
            return org.eclipse.swt.widgets.Display.getCurrent().getSystemColor(switch (outcome) {
                case PASSED -> SWT.COLOR_DARK_GREEN;
                case FAILED -> SWT.COLOR_RED;
                case SKIPPED -> SWT.COLOR_DARK_GRAY;
            });
        }
    }
}
