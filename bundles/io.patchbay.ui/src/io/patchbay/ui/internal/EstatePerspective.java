package io.patchbay.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.patchbay.ui.PatchbayUi;

/**
 * The operator's layout: the estate on the left, editors and detail views to its right; the Diagnostics view and the
 * Estate grid, the Journal and the Live Tests share the lower right.
 */
public final class EstatePerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(PatchbayUi.ESTATE_NAVIGATOR_ID, IPageLayout.LEFT, 0.4f, layout.getEditorArea());
        layout.getViewLayout(PatchbayUi.ESTATE_NAVIGATOR_ID).setCloseable(false);
        layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.TOP, 0.5f, layout.getEditorArea());
        IFolderLayout bottom = layout.createFolder("io.patchbay.ui.folders.bottom", IPageLayout.BOTTOM, 0.5f,
                layout.getEditorArea());
        bottom.addView(PatchbayUi.DIAGNOSTICS_ID);
        bottom.addView(PatchbayUi.ESTATE_GRID_ID);
        bottom.addView(PatchbayUi.JOURNAL_ID);
        bottom.addView(PatchbayUi.LIVE_TESTS_ID);
        bottom.addView(PatchbayUi.CONSOLE_ID);
    }
}
