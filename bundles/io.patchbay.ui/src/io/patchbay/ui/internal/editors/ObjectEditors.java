package io.patchbay.ui.internal.editors;

import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.statushandlers.StatusManager;

import io.patchbay.model.Estate;
import io.patchbay.ui.PatchbayUi;

/** Opens object editors: one per object; opening an object whose editor is open brings that editor to the front. */
public final class ObjectEditors {

    /** More selected objects than this are not opened at once (a grid selection can hold thousands). */
    static final int MAX_AT_ONCE = 10;

    private ObjectEditors() {
    }

    /** Whether an object has an editor: every object of the estate but the estate itself. */
    public static boolean canOpen(Object element) {
        return element instanceof EObject && !(element instanceof Estate);
    }

    /**
     * Opens the editor of {@code object} (or activates the open one).
     *
     * @return the editor, or null when it could not be opened (the reason is reported to the operator)
     */
    public static ObjectEditor open(IWorkbenchPage page, EObject object) {
        try {
            IEditorPart editor = page.openEditor(new EstateObjectInput(object), PatchbayUi.OBJECT_EDITOR_ID, true,
                    IWorkbenchPage.MATCH_INPUT);
            return editor instanceof ObjectEditor objectEditor ? objectEditor : null;
        } catch (PartInitException e) {
            StatusManager.getManager().handle(Status.error("Cannot open the editor: " + e.getMessage(), e),
                    StatusManager.SHOW | StatusManager.LOG);
            return null;
        }
    }

    /** Opens the editors of the objects in a selection (at most {@value #MAX_AT_ONCE}); the last one is active. */
    public static void open(IWorkbenchPage page, ISelection selection) {
        if (!(selection instanceof IStructuredSelection objects)) {
            return;
        }
        int opened = 0;
        for (Object element : objects.toList()) {
            if (canOpen(element) && opened++ < MAX_AT_ONCE) {
                open(page, (EObject) element);
            }
        }
    }
}
