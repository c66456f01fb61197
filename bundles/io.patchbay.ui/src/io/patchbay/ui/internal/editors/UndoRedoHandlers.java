package io.patchbay.ui.internal.editors;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Edit ▸ Undo and Redo while an object editor is active: the estate's one command stack, as in the views, with the
 * change named in the label ("Undo Set HFA Port").
 */
final class UndoRedoHandlers implements CommandStackListener {

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

    UndoRedoHandlers(CommandStack stack, IActionBars bars) {
        this.stack = stack;
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.updateActionBars();
        stack.addCommandStackListener(this);
        update();
    }

    @Override
    public void commandStackChanged(EventObject event) {
        update();
    }

    private void update() {
        undo.setEnabled(stack.canUndo());
        undo.setText(stack.canUndo() ? "&Undo " + stack.getUndoCommand().getLabel() : "&Undo");
        redo.setEnabled(stack.canRedo());
        redo.setText(stack.canRedo() ? "&Redo " + stack.getRedoCommand().getLabel() : "&Redo");
    }

    void dispose() {
        stack.removeCommandStackListener(this);
    }
}
