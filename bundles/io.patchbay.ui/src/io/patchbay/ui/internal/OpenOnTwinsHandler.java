package io.patchbay.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File ▸ Open on Device Twins: starts device twins on this machine for the estate the active window shows and opens
 * the copy that points at them in a window of its own (or brings that window forward), so every wizard and live test
 * can be tried without touching the real devices.
 */
public final class OpenOnTwinsHandler extends AbstractHandler {

    /** The command. */
    public static final String COMMAND = "io.patchbay.ui.commands.openOnTwins";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        EstateWindows.Opened opened = window.getWorkbench().getService(EstateWindows.class).openOnTwins(window);
        if (opened.problem() != null) {
            MessageDialog.openError(window.getShell(), "Device twins not started", opened.problem());
        }
        return null;
    }
}
