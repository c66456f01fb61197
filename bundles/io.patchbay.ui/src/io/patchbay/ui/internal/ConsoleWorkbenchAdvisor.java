package io.patchbay.ui.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartConstants;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import io.patchbay.ui.PatchbayUi;

/**
 * Opens the workbench windows on the Patchbay perspective, one estate per window ({@link EstateWindows}): the window
 * title names the estate ({@code *} while it has unsaved changes), and closing a window or the console with unsaved
 * changes asks first.
 */
final class ConsoleWorkbenchAdvisor extends WorkbenchAdvisor {

    private final EstateWindows estates;

    ConsoleWorkbenchAdvisor(EstateWindows estates) {
        this.estates = estates;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(false);
        estates.attach(configurer.getWorkbench());
        configurer.getWorkbench().getService(IEclipseContext.class).set(EstateWindows.class, estates);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return PatchbayUi.PERSPECTIVE_ID;
    }

    @Override
    public boolean preShutdown() {
        return estates.mayExit();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            private EstateSession session;
            private final CommandStackListener titleFollowsDirty = event -> updateTitle();

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
                EstateWindows.Shown shown = estates.bind(window.getWindow());
                if (shown != null) {
                    session = shown.session();
                    session.commandStack().addCommandStackListener(titleFollowsDirty);
                }
                updateTitle();
            }

            private void updateTitle() {
                IWorkbenchWindow window = getWindowConfigurer().getWindow();
                estates.title(window).ifPresent(title -> {
                    if (window.getShell() == null || !window.getShell().isDisposed()) {
                        getWindowConfigurer().setTitle(title);
                    }
                });
            }

            /**
             * Saving does not notify the command stack's listeners, but the views that save fire PROP_DIRTY: the
             * title follows those too.
             */
            @Override
            public void postWindowOpen() {
                IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
                if (page == null) {
                    return;
                }
                IPropertyListener dirty = (source, property) -> {
                    if (property == IWorkbenchPartConstants.PROP_DIRTY) {
                        updateTitle();
                    }
                };
                for (IViewReference view : page.getViewReferences()) {
                    view.addPropertyListener(dirty);
                }
                page.addPartListener(new IPartListener2() {
                    @Override
                    public void partOpened(IWorkbenchPartReference part) {
                        part.addPropertyListener(dirty);
                    }
                });
            }

            @Override
            public boolean preWindowShellClose() {
                return estates.mayClose(getWindowConfigurer().getWindow());
            }

            @Override
            public void postWindowClose() {
                if (session != null) {
                    session.commandStack().removeCommandStackListener(titleFollowsDirty);
                }
                estates.closed(getWindowConfigurer().getWindow());
            }
        };
    }
}
