package io.patchbay.ui.internal.grid;

import org.eclipse.emf.ecore.EObject;

import io.patchbay.model.BuffaloRouter;
import io.patchbay.model.CompanyRouter;
import io.patchbay.model.Device;
import io.patchbay.model.HomeRouter;
import io.patchbay.model.Router;
import io.patchbay.model.RsipServer;
import io.patchbay.model.Station;

/** The kinds of object the grid lists, one row each; the kind selector shows one kind or all of them. */
public enum GridKind {
    ALL("All kinds"), STATIONS("Stations"), DEVICES("Phones and devices"), ROUTERS("Routers"), RSIP_SERVERS(
            "RSIP servers");

    private final String label;

    GridKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether {@code object} is a row of this kind ({@link #ALL}: of any kind the grid lists). */
    public boolean includes(EObject object) {
        return switch (this) {
        case ALL -> isRow(object);
        case STATIONS -> object instanceof Station;
        case DEVICES -> object instanceof Device;
        case ROUTERS -> object instanceof Router;
        case RSIP_SERVERS -> object instanceof RsipServer;
        };
    }

    /** Whether the grid has a row for {@code object}. */
    static boolean isRow(Object object) {
        return object instanceof Station || object instanceof Device || object instanceof Router
                || object instanceof RsipServer;
    }

    /** The kind as the Kind column shows it. */
    static String describe(EObject row) {
        if (row instanceof Station) {
            return "Station";
        }
        if (row instanceof Device) {
            return "Device";
        }
        if (row instanceof CompanyRouter) {
            return "Company router";
        }
        if (row instanceof HomeRouter) {
            return "Home router";
        }
        if (row instanceof BuffaloRouter) {
            return "Buffalo router";
        }
        if (row instanceof RsipServer) {
            return "RSIP server";
        }
        return row.eClass().getName();
    }
}
