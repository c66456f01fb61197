package io.patchbay.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File ▸ Open Demo Estate: the demo estate on its device twins, in its own window (or that window brought forward). */
public final class OpenDemoEstateHandler extends AbstractHandler {

    /** The command. */
    public static final String COMMAND = "io.patchbay.ui.commands.openDemoEstate";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        EstateWindows.Opened opened = window.getWorkbench().getService(EstateWindows.class).openDemo();
        if (opened.problem() != null) {
            MessageDialog.openError(window.getShell(), "Demo estate not opened", opened.problem());
        }
        return null;
    }
}
