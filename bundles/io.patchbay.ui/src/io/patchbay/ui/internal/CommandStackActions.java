package io.patchbay.ui.internal;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Edit ▸ Undo and Redo for a view or editor that shows the estate: every change goes through the editing domain's
 * command stack, so undo and redo work the same from any part. The labels name the change ("Undo Set
 * Authentication").
 */
public final class CommandStackActions implements CommandStackListener {

    private final CommandStack stack;
    private final Action undo = new Action() {
        @Override
        public void run() {
            stack.undo();
        }
    };
    private final Action redo = new Action() {
        @Override
        public void run() {
            stack.redo();
        }
    };

    public CommandStackActions(CommandStack stack, IActionBars bars) {
        this.stack = stack;
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.updateActionBars();
        stack.addCommandStackListener(this);
        update();
    }

    @Override
    public void commandStackChanged(java.util.EventObject event) {
        update();
    }

    private void update() {
        undo.setEnabled(stack.canUndo());
        undo.setText(stack.canUndo() ? "&Undo " + stack.getUndoCommand().getLabel() : "&Undo");
        redo.setEnabled(stack.canRedo());
        redo.setText(stack.canRedo() ? "&Redo " + stack.getRedoCommand().getLabel() : "&Redo");
    }

    public void dispose() {
        stack.removeCommandStackListener(this);
    }
}
