package io.patchbay.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.FrameworkUtil;

import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.ApplyRunner;
import io.patchbay.core.provisioning.DeviceResult;
import io.patchbay.core.provisioning.Journal;
import io.patchbay.core.provisioning.JournalEntry;
import io.patchbay.core.provisioning.JournalRun;
import io.patchbay.core.provisioning.Outcome;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.model.Identifiable;
import io.patchbay.model.ManagedDevice;
import io.patchbay.ui.PatchbayUi;
import io.patchbay.ui.internal.provisioning.ProvisioningServices;

/**
 * The Journal view: the open estate's apply runs (from {@code NAME.journal/} beside the estate file), newest first,
 * each summed up as {@code patchbay journal} does (when, who, which features, how many devices, what became of them,
 * and which devices a crash cut short); below, the lines of the selected run. "Roll back…" restores the run's
 * before-values on its devices after the operator confirms, in a background job; selecting a line selects its device
 * in the Estate navigator. The list is read again when the view is activated, on "Refresh", after a rollback, and
 * by itself when the journal folder changes on disk (a run written by {@code patchbay apply} in another process or by
 * a wizard), through {@link JournalWatch}.
 */
public final class JournalView extends ViewPart {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private EstateSession session;
    private Journal journal;
    private TableViewer runs;
    private TableViewer lines;
    private Button refresh;
    private Button rollBack;
    private Label status;
    private Job rollbackJob;
    private JournalWatch watch;
    /** Whether a rollback runs now (set and read on the UI thread). */
    private boolean rollingBack;
    private final IPartListener2 activation = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference part) {
            if (part.getPart(false) == JournalView.this) {
                refresh();
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(EstateSession.class);
        journal = Journal.besideEstate(session.file());
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);

        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 2).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        refresh = new Button(bar, SWT.PUSH);
        refresh.setText("Refresh");
        refresh.addListener(SWT.Selection, event -> refresh());
        rollBack = new Button(bar, SWT.PUSH);
        rollBack.setText("Roll back\u2026");
        rollBack.setToolTipText("Restore the before-values the selected run recorded on its devices");
        rollBack.addListener(SWT.Selection, event -> rollBackSelected());
        status = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        runs = table(sash);
        column(runs, "Started", 20, run -> ((JournalRun) run).started() == null ? "-"
                : TIME.format(((JournalRun) run).started()));
        column(runs, "Operator", 10, run -> String.join(", ", ((JournalRun) run).operators()));
        column(runs, "Feature", 10, run -> String.join(", ", ((JournalRun) run).features()));
        column(runs, "Devices", 9, run -> String.valueOf(((JournalRun) run).devices().size()));
        column(runs, "Outcome", 33, run -> ((JournalRun) run).outcomeText());
        column(runs, "Run", 18, run -> ((JournalRun) run).id());
        lines = table(sash);
        column(lines, "Device", 10, line -> ((JournalEntry) line).device());
        column(lines, "Phase", 8, line -> ((JournalEntry) line).phase());
        column(lines, "Setting", 18, line -> nullToEmpty(((JournalEntry) line).setting()));
        column(lines, "Before \u2192 After", 36, line -> ((JournalEntry) line).setting() == null ? ""
                : nullToEmpty(((JournalEntry) line).before()) + " \u2192 " + nullToEmpty(((JournalEntry) line).after()));
        column(lines, "Outcome", 11, line -> nullToEmpty(((JournalEntry) line).outcome()).toLowerCase(Locale.ROOT)
                .replace('_', ' '));
        column(lines, "Reason", 17, line -> nullToEmpty(((JournalEntry) line).reason()));
        sash.setWeights(55, 45);

        runs.addSelectionChangedListener(event -> showLines());
        lines.addSelectionChangedListener(event -> {
            if (event.getStructuredSelection().getFirstElement() instanceof JournalEntry line) {
                revealInNavigator(line.device());
            }
        });
        getSite().setSelectionProvider(runs);
        getSite().getPage().addPartListener(activation);
        refresh();
        watchJournal(parent.getDisplay());
    }

    /** Refreshes when another process or a wizard writes the journal; without a watch, Refresh still works. */
    private void watchJournal(Display display) {
        try {
            watch = new JournalWatch(journal.folder(), () -> {
                try {
                    display.asyncExec(this::refresh);
                } catch (SWTException e) {
                    // the workbench is closing: nothing to show any more
                }
            });
        } catch (IOException | RuntimeException e) {
            setStatus("Runs written elsewhere show on Refresh only: cannot watch " + journal.folder() + ": "
                    + e.getMessage());
        }
    }

    private static TableViewer table(Composite parent) {
        Composite frame = new Composite(parent, SWT.NONE);
        frame.setLayout(new TableColumnLayout());
        TableViewer viewer = new TableViewer(frame, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    private static void column(TableViewer viewer, String title, int weight, Function<Object, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        });
        ((TableColumnLayout) viewer.getTable().getParent().getLayout()).setColumnData(column.getColumn(),
                new ColumnWeightData(weight, 50));
    }

    /** Reads the journal again, keeping the selected run selected. */
    public void refresh() {
        if (runs == null || runs.getControl().isDisposed()) {
            return;
        }
        String selected = selectedRun() == null ? null : selectedRun().id();
        List<JournalRun> read = new ArrayList<>();
        String problem = null;
        try {
            List<String> ids = new ArrayList<>(journal.ids());
            Collections.reverse(ids); // newest first
            for (String id : ids) {
                read.add(JournalRun.read(journal, id));
            }
        } catch (IOException | RuntimeException e) {
            problem = "Cannot read the journal in " + journal.folder() + ": " + e.getMessage()
                    + " (check that the folder is readable)";
        }
        runs.setInput(read);
        read.stream().filter(run -> run.id().equals(selected)).findFirst()
                .ifPresent(run -> runs.setSelection(new StructuredSelection(run), true));
        setContentDescription(problem != null ? problem
                : read.isEmpty() ? "No apply recorded yet for " + session.file().getFileName()
                        : read.size() + (read.size() == 1 ? " run" : " runs") + " recorded in " + journal.folder());
        showLines();
    }

    private void showLines() {
        JournalRun run = selectedRun();
        List<JournalEntry> entries = List.of();
        if (run != null) {
            try {
                entries = journal.read(run.id());
            } catch (IOException e) {
                setStatus("Cannot read run " + run.id() + ": " + e.getMessage());
            }
        }
        lines.setInput(entries);
        rollBack.setEnabled(run != null && !rollingBack
                && !devicesToRestore(entries).isEmpty());
    }

    private JournalRun selectedRun() {
        return runs.getStructuredSelection().getFirstElement() instanceof JournalRun run ? run : null;
    }

    /** The devices a rollback of these lines would touch, as {@code ApplyRunner.rollback} chooses them. */
    private static Set<String> devicesToRestore(List<JournalEntry> entries) {
        Set<String> begun = new LinkedHashSet<>();
        Map<String, String> finalOutcome = new HashMap<>();
        for (JournalEntry e : entries) {
            if (JournalEntry.BEFORE.equals(e.phase()) && e.setting() != null) {
                begun.add(e.device());
            } else if (JournalEntry.AFTER.equals(e.phase())) {
                finalOutcome.put(e.device(), e.outcome());
            }
        }
        begun.removeIf(d -> Outcome.ROLLED_BACK.name().equals(finalOutcome.get(d))
                || Outcome.UNCHANGED.name().equals(finalOutcome.get(d)));
        return begun;
    }

    /**
     * Asks the operator to confirm, naming the devices, then rolls the selected run back in a background job. The
     * result is shown above the tables and the list read again.
     */
    public void rollBackSelected() {
        JournalRun run = selectedRun();
        if (run == null) {
            return;
        }
        List<JournalEntry> entries;
        try {
            entries = journal.read(run.id());
        } catch (IOException e) {
            setStatus("Cannot read run " + run.id() + ": " + e.getMessage());
            return;
        }
        Set<String> devices = devicesToRestore(entries);
        if (devices.isEmpty()) {
            setStatus("Run " + run.id() + " changed no device: nothing to roll back.");
            return;
        }
        Map<String, ManagedDevice> estateDevices = new LinkedHashMap<>();
        session.estate().ifPresent(estate -> estate.eAllContents().forEachRemaining(o -> {
            if (o instanceof ManagedDevice device) {
                estateDevices.put(device.getId(), device);
            }
        }));
        List<String> named = devices.stream().map(id -> estateDevices.containsKey(id)
                ? estateDevices.get(id).getName() + " (" + id + ")" : id + " (no longer in the estate)").toList();
        boolean confirmed = MessageDialog.openConfirm(getSite().getShell(), "Roll back " + run.id(),
                "Write the values recorded before run " + run.id() + " (" + String.join(", ", run.features())
                        + ") back to " + (devices.size() == 1 ? "this device" : "these " + devices.size()
                                + " devices") + ":\n\n  " + String.join("\n  ", named)
                        + "\n\nSettings the run did not touch are kept.");
        if (!confirmed) {
            return;
        }
        Path estateFile = session.file();
        setStatus("Rolling back " + run.id() + "\u2026");
        rollingBack = true;
        rollBack.setEnabled(false);
        rollbackJob = new Job("Rolling back " + run.id()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor progress = SubMonitor.convert(monitor, run.features().size());
                List<DeviceResult> results = new ArrayList<>();
                String problem = null;
                try (ProvisioningServices services = new ProvisioningServices(
                        FrameworkUtil.getBundle(JournalView.class).getBundleContext())) {
                    for (String feature : run.features()) {
                        try {
                            Provisioner provisioner = services.provisioner(feature).orElseThrow(
                                    () -> new IllegalStateException("the console has no provisioning feature "
                                            + feature + "; install its io.patchbay.provisioning bundle"));
                            ApplyReport report = ApplyRunner.builder(provisioner, services.connector(estateFile))
                                    .journal(journal).build().rollback(run.id(), estateDevices::get,
                                            progress.split(1));
                            results.addAll(report.results());
                        } catch (IOException | RuntimeException e) {
                            problem = "Rollback of " + run.id() + " (" + feature + ") did not run: "
                                    + e.getMessage();
                            break;
                        }
                    }
                }
                String message = problem != null ? problem : summary(run.id(), results);
                runs.getControl().getDisplay().asyncExec(() -> {
                    if (!runs.getControl().isDisposed()) {
                        rollingBack = false;
                        refresh();
                        setStatus(message);
                    }
                });
                return Status.OK_STATUS;
            }
        };
        rollbackJob.setUser(true);
        rollbackJob.schedule();
    }

    private static String summary(String runId, List<DeviceResult> results) {
        long restored = results.stream().filter(r -> r.outcome() == Outcome.CHANGED || r.outcome() == Outcome.UNCHANGED)
                .count();
        List<String> failed = results.stream().filter(r -> !r.outcome().isSuccess())
                .map(r -> r.deviceId() + ": " + r.reason()).toList();
        return "Rolled back " + runId + ": " + restored + " of " + results.size() + (results.size() == 1 ? " device"
                : " devices") + " restored" + (failed.isEmpty() ? "." : "; failed: " + String.join("; ", failed));
    }

    private void revealInNavigator(String deviceId) {
        EObject device = session.estate().map(estate -> {
            for (var it = estate.eAllContents(); it.hasNext();) {
                if (it.next() instanceof Identifiable object && deviceId.equals(object.getId())) {
                    return (EObject) object;
                }
            }
            return null;
        }).orElse(null);
        if (device != null && getSite().getPage().findView(PatchbayUi.ESTATE_NAVIGATOR_ID)
                instanceof EstateNavigator navigator) {
            navigator.viewer().setSelection(new StructuredSelection(device), true);
        }
    }

    private void setStatus(String text) {
        status.setText(text);
        status.setToolTipText(text);
        status.getParent().layout();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The runs shown, newest first, for the console's own tests. */
    public TableViewer runs() {
        return runs;
    }

    /** The lines of the selected run, for the console's own tests. */
    public TableViewer lines() {
        return lines;
    }

    /** What the last rollback came to (or what is going on), for the console's own tests. */
    public String status() {
        return status.getText();
    }

    /** The running or last rollback, or {@code null}, for the console's own tests. */
    public Job rollbackJob() {
        return rollbackJob;
    }

    @Override
    public void setFocus() {
        runs.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (watch != null) {
            watch.close();
        }
        getSite().getPage().removePartListener(activation);
        super.dispose();
    }
}
