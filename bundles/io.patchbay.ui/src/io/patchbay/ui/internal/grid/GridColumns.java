package io.patchbay.ui.internal.grid;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.patchbay.model.Device;
import io.patchbay.model.Identifiable;
import io.patchbay.model.NamedElement;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Site;
import io.patchbay.model.Station;

/** The columns of the estate grid, in their initial order. */
final class GridColumns {

    private GridColumns() {
    }

    static List<GridColumn> all() {
        return List.of(
                GridColumn.derived("Kind", GridKind::describe),
                GridColumn.attribute("Name", "name"),
                GridColumn.attribute("Number", "number"),
                GridColumn.derived("Site", GridColumns::siteName),
                GridColumn.derived("System", GridColumns::systemName),
                GridColumn.attribute("Address", "hostAddress"),
                GridColumn.attribute("Model", "model", "type"),
                GridColumn.attribute("SBC flag", "sbcFlag"),
                GridColumn.attribute("Authentication", "authentication"),
                GridColumn.attribute("Class of service", "classOfService"),
                GridColumn.attribute("Firmware", "firmware", "release"),
                GridColumn.attribute("Place", "place"),
                GridColumn.derived("Station", GridColumns::stationNumber),
                GridColumn.attribute("Transport", "transport", "controlProtocol"),
                GridColumn.attribute("NAT type", "natType"),
                GridColumn.attribute("Gateway", "gateway"),
                GridColumn.attribute("MAC", "mac"),
                GridColumn.attribute("SIP user ID", "sipUserId"),
                // read-only: the estate's references and the journal name objects by id
                GridColumn.derived("Id", row -> row instanceof Identifiable identifiable ? identifiable.getId() : null));
    }

    private static String siteName(EObject row) {
        for (EObject up = row.eContainer(); up != null; up = up.eContainer()) {
            if (up instanceof Site site) {
                return site.getName();
            }
        }
        return null;
    }

    private static String systemName(EObject row) {
        return row.eContainer() instanceof OsbizSystem system ? ((NamedElement) system).getName() : null;
    }

    private static String stationNumber(EObject row) {
        return row instanceof Device device && device.getStation() instanceof Station station ? station.getNumber()
                : null;
    }
}
