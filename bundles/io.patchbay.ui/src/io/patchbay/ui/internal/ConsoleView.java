package io.patchbay.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.patchbay.core.transportlog.TransportLog;
import io.patchbay.core.transportlog.TransportLogEntry;
import io.patchbay.core.transportlog.TransportLogEntry.Direction;
import io.patchbay.model.ManagedDevice;
import io.patchbay.ui.PatchbayUi;

/**
 * The Console view: what Patchbay says to devices over SSH and SNMP and what they answer, live, from the transport
 * log (secrets are masked there, at the source). One line per entry: time, device, transport, direction (→ sent,
 * ← received, • event, ! error) and text, coloured by direction. The filter keeps the lines whose device or text
 * contains it; Pause freezes the lines shown while new ones are still kept; Scroll lock stops following the newest
 * line. The last {@value #MAX_LINES} lines are kept. Selecting a line selects its device in the Estate navigator when
 * it is in the open estate.
 * <p>
 * Entries arrive on the transports' threads, are queued, and are shown in batches on the UI thread at most every
 * {@value #BATCH_MILLIS} ms, in a virtual table, so that a bulk apply writing thousands of lines per second does not
 * freeze the console.
 */
public final class ConsoleView extends ViewPart {

    /** Lines kept; older ones are dropped. */
    public static final int MAX_LINES = 10_000;

    private static final int BATCH_MILLIS = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final ConcurrentLinkedQueue<TransportLogEntry> incoming = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean batchScheduled = new AtomicBoolean();
    /** Lines kept, oldest first (UI thread only). */
    private final ArrayDeque<TransportLogEntry> kept = new ArrayDeque<>();
    /** The kept lines that pass the filter, as the table shows them (UI thread only). */
    private final List<TransportLogEntry> shown = new ArrayList<>();

    private EstateSession session;
    private ServiceTracker<TransportLog, TransportLog> logs;
    private TransportLog.Subscription subscription;
    private Display display;
    private Text filter;
    private Button pause;
    private Button scrollLock;
    private Button clear;
    private Button copy;
    private Button saveAs;
    private Label status;
    private Table table;
    private String filterText = "";
    private int newWhilePaused;
    private Color sentColor;
    private Color eventColor;
    private Color errorColor;

    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(EstateSession.class);
        display = parent.getDisplay();
        sentColor = display.getSystemColor(SWT.COLOR_DARK_BLUE);
        eventColor = display.getSystemColor(SWT.COLOR_DARK_GRAY);
        errorColor = display.getSystemColor(SWT.COLOR_RED);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);

        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).margins(4, 2).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        filter = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter: device or text");
        filter.setToolTipText("Show only the lines whose device (name or address) or text contains this");
        GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(filter);
        filter.addListener(SWT.Modify, event -> setFilter(filter.getText()));
        pause = new Button(bar, SWT.TOGGLE);
        pause.setText("Pause");
        pause.setToolTipText("Freeze the lines shown; new lines are still kept and appear when you resume");
        pause.addListener(SWT.Selection, event -> {
            if (!pause.getSelection()) {
                refill();
            }
            updateStatus();
        });
        scrollLock = new Button(bar, SWT.TOGGLE);
        scrollLock.setText("Scroll lock");
        scrollLock.setToolTipText("Stop following the newest line");
        scrollLock.addListener(SWT.Selection, event -> follow());
        clear = new Button(bar, SWT.PUSH);
        clear.setText("Clear");
        clear.setToolTipText("Remove all lines from the console and from the transport log's recent entries");
        clear.addListener(SWT.Selection, event -> clear());
        copy = new Button(bar, SWT.PUSH);
        copy.setText("Copy");
        copy.setToolTipText("Copy the selected lines (all lines shown when none is selected)");
        copy.addListener(SWT.Selection, event -> copy());
        saveAs = new Button(bar, SWT.PUSH);
        saveAs.setText("Save as\u2026");
        saveAs.setToolTipText("Save the lines shown to a text file");
        saveAs.addListener(SWT.Selection, event -> saveAs());
        status = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);

        table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        table.setHeaderVisible(true);
        table.setLinesVisible(false);
        column("Time", 95);
        column("Device", 240);
        column("Transport", 85);
        column("", 24);
        column("Text", 700);
        table.addListener(SWT.SetData, event -> {
            TableItem item = (TableItem) event.item;
            int index = table.indexOf(item);
            if (index >= 0 && index < shown.size()) {
                fill(item, shown.get(index));
            }
        });
        table.addListener(SWT.Selection, event -> revealSelectedDevice());

        subscribe();
        updateStatus();
    }

    private void column(String title, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }

    private void fill(TableItem item, TransportLogEntry entry) {
        item.setText(new String[] {TIME.format(entry.time()), entry.deviceLabel(), entry.transport(),
            entry.direction().marker(), entry.text()});
        item.setForeground(switch (entry.direction()) {
            case SENT -> sentColor;
            case EVENT -> eventColor;
            case ERROR -> errorColor;
            case RECEIVED -> null;
        });
    }

    private void subscribe() {
        BundleContext context = FrameworkUtil.getBundle(ConsoleView.class).getBundleContext();
        logs = new ServiceTracker<>(context, TransportLog.class, null);
        logs.open();
        TransportLog log = logs.getService();
        if (log == null) {
            return; // the status says so
        }
        subscription = log.subscribe(entry -> {
            incoming.add(entry);
            if (batchScheduled.compareAndSet(false, true)) {
                display.asyncExec(() -> {
                    if (!table.isDisposed()) {
                        display.timerExec(BATCH_MILLIS, this::drain);
                    }
                });
            }
        }, true);
    }

    /** Moves what arrived since the last batch into the table (UI thread). */
    private void drain() {
        batchScheduled.set(false);
        if (table.isDisposed()) {
            return;
        }
        List<TransportLogEntry> batch = new ArrayList<>();
        for (TransportLogEntry entry; (entry = incoming.poll()) != null;) {
            batch.add(entry);
        }
        if (batch.isEmpty()) {
            return;
        }
        int dropped = 0;
        for (TransportLogEntry entry : batch) {
            kept.addLast(entry);
            if (kept.size() > MAX_LINES) {
                kept.removeFirst();
                dropped++;
            }
        }
        if (pause.getSelection()) {
            newWhilePaused += batch.size();
            updateStatus();
            return;
        }
        if (dropped > 0) {
            refill();
        } else {
            int before = shown.size();
            for (TransportLogEntry entry : batch) {
                if (entry.matches(filterText)) {
                    shown.add(entry);
                }
            }
            if (shown.size() != before) {
                table.setItemCount(shown.size());
                follow();
            }
        }
        updateStatus();
    }

    /** Shows the kept lines that pass the filter again (UI thread). */
    private void refill() {
        newWhilePaused = 0;
        shown.clear();
        for (TransportLogEntry entry : kept) {
            if (entry.matches(filterText)) {
                shown.add(entry);
            }
        }
        table.deselectAll();
        table.setItemCount(shown.size());
        table.clearAll();
        follow();
    }

    private void follow() {
        if (!scrollLock.getSelection() && !shown.isEmpty()) {
            table.setTopIndex(shown.size() - 1);
        }
    }

    private void updateStatus() {
        String text;
        String tip;
        if (subscription == null) {
            text = "No transport log";
            tip = "No transport log service: the transports are not logging (io.patchbay.core is not active)";
        } else {
            boolean filtered = !filterText.isBlank();
            boolean paused = pause.getSelection();
            boolean full = kept.size() >= MAX_LINES;
            text = (filtered ? shown.size() + " of " + kept.size() : String.valueOf(shown.size())) + " lines"
                    + (paused ? ", paused" + (newWhilePaused > 0 ? " (" + newWhilePaused + " new)" : "") : "")
                    + (full ? ", max " + MAX_LINES : "");
            tip = shown.size() + " lines shown" + (filtered ? " of " + kept.size() + " kept, matching '"
                    + filterText.strip() + "'" : "") + (paused ? "; paused, " + newWhilePaused
                            + " new lines kept for when you resume" : "")
                    + (full ? "; the oldest lines are dropped beyond " + MAX_LINES : "");
        }
        if (!text.equals(status.getText())) {
            status.setText(text);
            status.getParent().layout();
        }
        status.setToolTipText(tip);
    }

    /** Shows only the lines whose device or text contains {@code text}. */
    public void setFilter(String text) {
        String next = text == null ? "" : text;
        if (next.equals(filterText)) {
            return;
        }
        filterText = next;
        if (!filter.getText().equals(next)) {
            filter.setText(next);
        }
        refill();
        updateStatus();
    }

    private void clear() {
        TransportLog log = logs.getService();
        if (log != null) {
            log.clear();
        }
        kept.clear();
        incoming.clear();
        refill();
        updateStatus();
    }

    private List<TransportLogEntry> selectedOrShown() {
        int[] indices = table.getSelectionIndices();
        if (indices.length == 0) {
            return List.copyOf(shown);
        }
        List<TransportLogEntry> selected = new ArrayList<>(indices.length);
        java.util.Arrays.sort(indices);
        for (int index : indices) {
            if (index < shown.size()) {
                selected.add(shown.get(index));
            }
        }
        return selected;
    }

    private static String text(List<TransportLogEntry> entries) {
        return entries.stream().map(TransportLogEntry::toString).collect(Collectors.joining("\n", "",
                entries.isEmpty() ? "" : "\n"));
    }

    private void copy() {
        String text = text(selectedOrShown());
        if (text.isEmpty()) {
            return;
        }
        Clipboard clipboard = new Clipboard(display);
        try {
            clipboard.setContents(new Object[] {text}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
    }

    private void saveAs() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Save the console's lines");
        dialog.setFilterExtensions(new String[] {"*.log", "*.txt", "*"});
        dialog.setFileName("patchbay-console.log");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            saveTo(Path.of(chosen));
        } catch (IOException e) {
            status.setText("Could not save to " + chosen + " (" + e.getMessage() + "): choose a folder you can "
                    + "write to");
            status.setToolTipText(status.getText());
        }
    }

    /** Writes the lines shown (as Save as… does after its dialog) to {@code file}, UTF-8, one entry a line. */
    public void saveTo(Path file) throws IOException {
        Files.writeString(file, text(List.copyOf(shown)), StandardCharsets.UTF_8);
        status.setText("Saved " + shown.size() + " lines to " + file);
        status.setToolTipText(status.getText());
        status.getParent().layout();
    }

    private void revealSelectedDevice() {
        int index = table.getSelectionIndex();
        if (index < 0 || index >= shown.size()) {
            return;
        }
        TransportLogEntry entry = shown.get(index);
        ManagedDevice device = session.estate().map(estate -> {
            ManagedDevice byAddress = null;
            for (var it = estate.eAllContents(); it.hasNext();) {
                EObject object = it.next();
                if (object instanceof ManagedDevice candidate) {
                    if (!entry.deviceName().isEmpty() && entry.deviceName().equals(candidate.getName())) {
                        return candidate;
                    }
                    if (byAddress == null && isAt(candidate, entry)) {
                        byAddress = candidate;
                    }
                }
            }
            return byAddress;
        }).orElse(null);
        if (device != null && getSite().getPage().findView(PatchbayUi.ESTATE_NAVIGATOR_ID)
                instanceof EstateNavigator navigator) {
            navigator.viewer().setSelection(new StructuredSelection(device), true);
        }
    }

    private static boolean isAt(ManagedDevice device, TransportLogEntry entry) {
        String host = device.getHostAddress();
        if (host == null || !Objects.equals(host.strip(), entry.address().host())) {
            return false;
        }
        int port = entry.address().port();
        return "ssh".equals(entry.transport()) ? device.getSshPort() == port : device.getSnmpPort() == port;
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        if (subscription != null) {
            subscription.close();
        }
        if (logs != null) {
            logs.close();
        }
        super.dispose();
    }

    /** The table of lines, for the console's own tests. */
    public Table table() {
        return table;
    }

    /** The status line (how many lines, filter, paused), for the console's own tests. */
    public String status() {
        return status.getText();
    }

    /** The direction of the line at {@code index} as shown, for the console's own tests. */
    public Direction direction(int index) {
        return shown.get(index).direction();
    }
}
