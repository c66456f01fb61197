package io.patchbay.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.CompoundContributionItem;

/**
 * File ▸ Open Recent: the last estates opened, most recent first, numbered for the keyboard ({@code &1}…). A file
 * that is gone stays in the list, greyed out and marked "(missing)", so the operator sees where it was.
 */
final class RecentEstatesMenu extends CompoundContributionItem {

    private final IWorkbenchWindow window;

    RecentEstatesMenu(IWorkbenchWindow window) {
        super("io.patchbay.ui.menus.openRecent.items");
        this.window = window;
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        EstateWindows estates = window.getWorkbench().getService(EstateWindows.class);
        List<Path> recent = estates == null ? List.of() : estates.recent();
        List<IContributionItem> items = new ArrayList<>();
        for (int i = 0; i < recent.size(); i++) {
            Path file = recent.get(i);
            boolean missing = !Files.isRegularFile(file);
            Action open = new Action("&" + (i + 1) + " " + mnemonicSafe(file.getFileName()) + "  "
                    + mnemonicSafe(file.getParent())
                    + (missing ? "  (missing)" : "")) {
                @Override
                public void run() {
                    OpenEstateHandler.open(window, file);
                }
            };
            open.setEnabled(!missing);
            open.setToolTipText(file.toString());
            items.add(new ActionContributionItem(open));
        }
        if (items.isEmpty()) {
            Action none = new Action("No estates opened yet") {
            };
            none.setEnabled(false);
            items.add(new ActionContributionItem(none));
        }
        return items.toArray(IContributionItem[]::new);
    }

    /** A path as menu text: an {@code &} in a name is a letter, not a mnemonic. */
    private static String mnemonicSafe(Path path) {
        return String.valueOf(path).replace("&", "&&");
    }
}
