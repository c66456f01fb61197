package io.patchbay.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.patchbay.ui.PatchbayUi;

/**
 * Run Live Tests (Ctrl+R): brings the Live Tests view forward and runs its chosen suites on what is selected in the
 * Estate navigator (the whole estate when nothing is), as its Run button does.
 */
public final class RunLiveTestsHandler extends AbstractHandler {

    /** The command. */
    public static final String COMMAND = "io.patchbay.ui.commands.runLiveTests";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        try {
            // VIEW_VISIBLE: the navigator keeps the focus, so its selection stays what the operator sees selected
            ((LiveTestsView) page.showView(PatchbayUi.LIVE_TESTS_ID, null, IWorkbenchPage.VIEW_VISIBLE))
                    .runOnSelection();
        } catch (PartInitException e) {
            throw new ExecutionException("The Live Tests view cannot open: " + e.getMessage(), e);
        }
        return null;
    }
}
