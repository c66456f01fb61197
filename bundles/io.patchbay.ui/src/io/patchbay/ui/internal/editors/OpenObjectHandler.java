package io.patchbay.ui.internal.editors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** Open (F3, and "Open" in the navigator's and grid's context menus): the editors of the selected objects. */
public final class OpenObjectHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window != null && window.getActivePage() != null) {
            ObjectEditors.open(window.getActivePage(), HandlerUtil.getCurrentSelection(event));
        }
        return null;
    }
}
