package io.patchbay.ui;

/**
 * Identifiers of the console that other bundles (and their UI tests) may rely on.
 *
 * @since 0.1
 */
public final class PatchbayUi {

    /** The console application, as passed to {@code -application}. */
    public static final String APPLICATION_ID = "io.patchbay.ui.app";
    /** The Patchbay perspective. */
    public static final String PERSPECTIVE_ID = "io.patchbay.ui.perspective";
    /** The Estate navigator view: customers, sites, systems, stations, devices, routers and RSIP servers. */
    public static final String ESTATE_NAVIGATOR_ID = "io.patchbay.ui.views.estateNavigator";

    /** The Diagnostics view: the estate's findings against the vendor rules. */
    public static final String DIAGNOSTICS_ID = "io.patchbay.ui.views.diagnostics";

    /**
     * The Estate grid: every station, device, router and RSIP server in one sortable, filterable table
     * (Window ▸ Estate Grid, Ctrl+Shift+G).
     */
    public static final String ESTATE_GRID_ID = "io.patchbay.ui.views.estateGrid";

    /**
     * The Journal view: the estate's apply runs with their outcomes and before/after lines; rolls a run back.
     */
    public static final String JOURNAL_ID = "io.patchbay.ui.views.journal";

    /**
     * The Live Tests view: runs the live-test suites on the selection or the whole estate and shows each check's
     * verdict, rule and fix.
     */
    public static final String LIVE_TESTS_ID = "io.patchbay.ui.views.liveTests";

    /**
     * The Console view: what Patchbay sends to devices over SSH and SNMP and what they answer, live, secrets masked.
     */
    public static final String CONSOLE_ID = "io.patchbay.ui.views.console";

    /**
     * The extension point through which a bundle contributes a provisioning wizard for its feature (schema
     * {@code schema/provisioningWizards.exsd}): it appears in the Provision menu and the views' context menus.
     */
    public static final String PROVISIONING_WIZARDS = "io.patchbay.ui.provisioningWizards";

    /** The Provision menu in the menu bar. */
    public static final String PROVISION_MENU_ID = "io.patchbay.ui.menus.provision";

    /**
     * The object editor: a form for one object of the estate (opened with Enter, a double-click, F3 or Open in the
     * navigator and the grid), showing the findings of the vendor rules on the settings they are about.
     */
    public static final String OBJECT_EDITOR_ID = "io.patchbay.ui.editors.object";

    /** Opens the editors of the selected estate objects (F3). */
    public static final String OPEN_OBJECT_COMMAND_ID = "io.patchbay.ui.commands.openObject";

    /** Applies the quick fix of the selected findings in the Diagnostics view (Ctrl+1). */
    public static final String QUICK_FIX_COMMAND_ID = "io.patchbay.ui.commands.quickFix";

    private PatchbayUi() {
    }
}
