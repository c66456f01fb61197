package io.patchbay.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File ▸ Open Estate… (Ctrl+O): asks for an estate file and opens it in a new window. With the command parameter
 * {@value #FILE} the file is given and no dialog is shown (for a launcher or a test).
 */
public final class OpenEstateHandler extends AbstractHandler {

    /** The command. */
    public static final String COMMAND = "io.patchbay.ui.commands.openEstate";
    /** The optional parameter naming the estate file to open. */
    public static final String FILE = "io.patchbay.ui.commands.openEstate.file";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        String file = event.getParameter(FILE);
        if (file == null) {
            FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
            dialog.setText("Open Estate");
            dialog.setFilterNames(new String[] {"Patchbay estates (*.estate)", "All files"});
            dialog.setFilterExtensions(new String[] {"*.estate", "*"});
            window.getWorkbench().getService(EstateWindows.class).recent().stream().findFirst()
                    .map(Path::getParent).ifPresent(folder -> dialog.setFilterPath(folder.toString()));
            file = dialog.open();
        }
        if (file != null) {
            open(window, Path.of(file));
        }
        return null;
    }

    /** Opens {@code file} in its own window; when it cannot be read, says why in a dialog and changes nothing. */
    static void open(IWorkbenchWindow window, Path file) {
        EstateWindows.Opened opened = window.getWorkbench().getService(EstateWindows.class).open(file);
        if (opened.problem() != null) {
            Shell shell = window.getShell();
            MessageDialog.openError(shell, "Estate not opened", opened.problem());
        }
    }
}
