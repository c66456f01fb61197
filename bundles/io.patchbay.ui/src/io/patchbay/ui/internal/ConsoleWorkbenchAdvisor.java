package io.patchbay.ui.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import io.patchbay.ui.PatchbayUi;

/** Opens one workbench window on the Patchbay perspective and offers the open estate to the views. */
final class ConsoleWorkbenchAdvisor extends WorkbenchAdvisor {

    private final EstateSession session;
    private final String title;

    ConsoleWorkbenchAdvisor(EstateSession session, String title) {
        this.session = session;
        this.title = title;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(false);
        configurer.getWorkbench().getService(IEclipseContext.class).set(EstateSession.class, session);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return PatchbayUi.PERSPECTIVE_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer actionBars) {
                return new ConsoleActionBarAdvisor(actionBars);
            }

            @Override
            public void preWindowOpen() {
                IWorkbenchWindowConfigurer window = getWindowConfigurer();
                window.setInitialSize(new Point(1200, 760));
                window.setShowCoolBar(false);
                window.setShowStatusLine(true);
                window.setTitle(title);
            }
        };
    }
}
