package io.patchbay.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Refresh (F5) while the Journal view is active: reads the journal again, as its Refresh button does. */
public final class RefreshJournalHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (HandlerUtil.getActivePart(event) instanceof JournalView journal) {
            journal.refresh();
        }
        return null;
    }
}
