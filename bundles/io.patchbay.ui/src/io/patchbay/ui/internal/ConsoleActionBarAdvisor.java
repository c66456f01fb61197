package io.patchbay.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * The console's menu bar: File (Open Estate…, Open Recent, Open Demo Estate, Save, Exit), Edit (Undo, Redo), Help
 * (About), with the usual keys (Ctrl+O, Ctrl+S, Ctrl+Z, Ctrl+Y/Ctrl+Shift+Z). Menus of features are contributed by their bundles through the additions groups.
 */
final class ConsoleActionBarAdvisor extends ActionBarAdvisor {

    private IWorkbenchAction save;
    private IWorkbenchAction quit;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction about;
    // File ▸ Open Estate…, Open Recent, Open Demo Estate: each window owns one estate (EstateWindows)
    private IWorkbenchWindow window;

    ConsoleActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        save = register(ActionFactory.SAVE.create(window));
        quit = register(ActionFactory.QUIT.create(window));
        undo = register(ActionFactory.UNDO.create(window));
        redo = register(ActionFactory.REDO.create(window));
        about = register(ActionFactory.ABOUT.create(window));
        this.window = window;
    }

    private IWorkbenchAction register(IWorkbenchAction action) {
        super.register(action);
        return action;
    }

    private CommandContributionItem command(String commandId, String label, String mnemonic) {
        CommandContributionItemParameter item = new CommandContributionItemParameter(window, commandId + ".menu",
                commandId, CommandContributionItem.STYLE_PUSH);
        item.label = label;
        item.mnemonic = mnemonic;
        return new CommandContributionItem(item);
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(command(OpenEstateHandler.COMMAND, "Open Estate\u2026", "O"));
        MenuManager recent = new MenuManager("Open &Recent", "io.patchbay.ui.menus.openRecent");
        recent.add(new RecentEstatesMenu(window));
        file.add(recent);
        file.add(command(OpenDemoEstateHandler.COMMAND, "Open Demo Estate", "D"));
        file.add(command(OpenOnTwinsHandler.COMMAND, "Open on Device Twins", "T")); // the window's estate on twins
        file.add(new Separator());
        file.add(save);
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quit);
        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(undo);
        edit.add(redo);
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(about);
        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(help);
    }
}
