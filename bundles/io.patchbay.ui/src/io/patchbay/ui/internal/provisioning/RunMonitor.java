package io.patchbay.ui.internal.provisioning;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * The progress of a run that works in a Job, shown in a wizard page's progress bar and line; cancelled from the page.
 * Called from the Job's threads; the widgets are updated on the UI thread, and not at all once disposed.
 */
final class RunMonitor extends NullProgressMonitor {

    private final ProgressBar bar;
    private final Label line;
    private final Display display;
    private volatile boolean cancelled;
    private volatile int total = 1;
    private volatile double done;
    private volatile String task = "";
    private volatile String subTask = "";

    RunMonitor(ProgressBar bar, Label line) {
        this.bar = bar;
        this.line = line;
        this.display = bar.getDisplay();
    }

    @Override
    public void beginTask(String name, int totalWork) {
        task = name == null ? "" : name;
        total = Math.max(1, totalWork);
        done = 0;
        show();
    }

    @Override
    public void internalWorked(double work) {
        done += work;
        show();
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public void subTask(String name) {
        subTask = name == null ? "" : name;
        show();
    }

    @Override
    public void setTaskName(String name) {
        task = name == null ? "" : name;
        show();
    }

    @Override
    public boolean isCanceled() {
        return cancelled;
    }

    @Override
    public void setCanceled(boolean value) {
        cancelled = value;
    }

    private void show() {
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (bar.isDisposed()) {
                return;
            }
            bar.setMaximum(total);
            bar.setSelection((int) Math.min(total, Math.round(done)));
            String text = subTask.isEmpty() ? task : task + ": " + subTask;
            line.setText(cancelled ? text + " \u2014 cancelling" : text);
            line.getParent().layout(new org.eclipse.swt.widgets.Control[] {line});
        });
    }
}
