package io.patchbay.model.csv.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.patchbay.model.Device;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.EstatePackage.Literals;
import io.patchbay.model.HomeRouter;
import io.patchbay.model.Identifiable;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Station;
import io.patchbay.model.csv.CsvKind;

/**
 * devices.csv: a row names its system by id, optionally its station by call number in that system and its home
 * router by id. Without an id, the MAC address finds the device; a row with neither adds a device.
 */
final class DeviceFormat extends KindFormat {

    private final List<Column> columns = List.of(
            Column.key("id", false, device -> ((Device) device).getId()),
            Column.key("system", true, device -> ((OsbizSystem) device.eContainer()).getId()),
            Column.of(Literals.NAMED_ELEMENT__NAME),
            Column.of(Literals.DEVICE__MODEL),
            Column.of(Literals.DEVICE__FIRMWARE),
            Column.of(Literals.DEVICE__MAC),
            Column.of(Literals.DEVICE__PLACE),
            Column.key("station", false, device -> {
                Station station = ((Device) device).getStation();
                return station == null ? "" : station.getNumber();
            }),
            Column.key("homeRouter", false, device -> {
                HomeRouter router = ((Device) device).getHomeRouter();
                return router == null ? "" : router.getId();
            }),
            Column.of(Literals.DEVICE__GATEWAY),
            Column.checked(Literals.DEVICE__GATEWAY_PORT, Checks.portOrZero("the device's default")),
            Column.of(Literals.DEVICE__DLS_ADDRESS),
            Column.of(Literals.DEVICE__TIME_FROM_SYSTEM),
            Column.of(Literals.DEVICE__TRANSPORT),
            Column.of(Literals.DEVICE__TLS_RENEGOTIATION),
            Column.of(Literals.DEVICE__STUN),
            Column.of(Literals.DEVICE__VIDEO),
            Column.of(Literals.DEVICE__CODEC),
            Column.of(Literals.DEVICE__MOBILE_DATA_VOIP),
            Column.of(Literals.DEVICE__SRTP_SDES));

    @Override
    CsvKind kind() {
        return CsvKind.DEVICES;
    }

    @Override
    String secretAdvice() {
        return "put its vault reference in column 'passwordRef' of the device's station (stations CSV)";
    }

    @Override
    List<Column> columns() {
        return columns;
    }

    @Override
    List<? extends EObject> objects(Estate estate) {
        return allOf(estate, Device.class);
    }

    @Override
    String noun(EClass eClass) {
        return "device";
    }

    @Override
    RowChange resolve(RowCells row, EstateIndex index) {
        OsbizSystem system = Lookups.system(row, "system", index);
        Station station = system == null ? null : station(row, system, index);
        HomeRouter homeRouter = (HomeRouter) Lookups.byId(row, "homeRouter", index,
                io.patchbay.model.EstatePackage.Literals.HOME_ROUTER, "home router", false);
        String id = row.text("id");
        String mac = row.text("mac");
        if (system == null) {
            return null;
        }
        RowChange change;
        if (id != null && !id.isEmpty()) {
            Identifiable existing = index.get(id);
            if (existing == null) {
                if (!Lookups.newId(row, id, index)) {
                    return null;
                }
                change = create(row, system, id, null);
            } else if (!(existing instanceof Device device)) {
                row.problem("id", "'" + id + "' is the id of a " + existing.eClass().getName()
                        + ", not of a device; use another id or leave it empty to have one generated");
                return null;
            } else {
                change = update(row, device, system);
            }
            if (change != null) {
                change.key = id;
            }
        } else {
            Device existing = mac == null || mac.isEmpty() ? null : index.deviceByMac(normalMac(mac));
            if (existing != null) {
                change = update(row, existing, system);
                if (change != null) {
                    change.key = existing.getId();
                }
            } else {
                String hint = system.getId() + "-dev-" + (station == null ? "1" : station.getNumber());
                change = create(row, system, null, hint);
                change.key = mac == null || mac.isEmpty() ? null : "MAC " + mac;
            }
        }
        if (change == null) {
            return null;
        }
        Device device = (Device) change.target;
        if (row.has("station") && !row.hasProblems()) {
            change.assignments.add(() -> device.setStation(station));
        }
        if (row.has("homeRouter") && !row.hasProblems()) {
            change.assignments.add(() -> device.setHomeRouter(homeRouter));
        }
        return change;
    }

    private static RowChange update(RowCells row, Device device, OsbizSystem system) {
        if (device.eContainer() != system) {
            String current = ((Identifiable) device.eContainer()).getId();
            row.problem("system", "device " + device.getId() + " belongs to system " + current
                    + "; an import does not move devices, write " + current + " or use a new id");
            return null;
        }
        return RowChange.update(row.line, device);
    }

    private static Station station(RowCells row, OsbizSystem system, EstateIndex index) {
        String number = row.text("station");
        if (number == null || number.isEmpty()) {
            return null;
        }
        Station station = index.station(system, number);
        if (station != null) {
            return station;
        }
        row.problem("station", "system " + system.getId() + " has no station with number " + number
                + "; write the call number of one of its stations, or import the station first (stations CSV)");
        return null;
    }

    static String normalMac(String mac) {
        return mac.replaceAll("[^0-9A-Fa-f]", "").toLowerCase(Locale.ROOT);
    }

    private static RowChange create(RowCells row, OsbizSystem system, String id, String idHint) {
        Device device = EstateFactory.eINSTANCE.createDevice();
        if (id != null) {
            device.setId(id);
        }
        return RowChange.create(row.line, device, () -> system.getDevices().add(device), idHint);
    }
}
