package io.patchbay.ui.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import io.patchbay.simulator.estate.EstateSimulation;

/**
 * The desktop console {@code io.patchbay.ui.app}. {@code -estate FILE} names the estate to open; without it, the demo
 * estate is installed into the operator's Patchbay folder, its device twins are started on this machine
 * ({@link EstateSimulation}) and the copy that points at them is opened, so everything can be tried without hardware.
 * The twins stop when no window shows the simulated demo any more (see {@link EstateWindows}: File ▸ Open Estate,
 * Open Recent and Open Demo Estate open further estates, each in its own window). Other arguments belong to whoever
 * started the application (the launcher, a test harness) and are ignored.
 */
public final class ConsoleApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Object given = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> args = given instanceof String[] array ? Arrays.asList(array) : List.of();
        int named = args.indexOf("-estate");
        EstateWindows estates = new EstateWindows();
        estates.openFirst(named >= 0 && named + 1 < args.size() ? Path.of(args.get(named + 1)) : null);
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new ConsoleWorkbenchAdvisor(estates));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            estates.closeAll();
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
