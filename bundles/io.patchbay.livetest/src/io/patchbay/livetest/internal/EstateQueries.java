package io.patchbay.livetest.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.patchbay.model.Device;
import io.patchbay.model.Estate;
import io.patchbay.model.ItspTrunk;
import io.patchbay.model.LanInterface;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Place;
import io.patchbay.model.Station;
import io.patchbay.model.StationType;

/** What the suites read from an estate: which systems use which feature, and where their peers are. */
final class EstateQueries {

    /** The STUN server a system uses and where the estate names it (F-05). */
    record StunTarget(String host, int port, String source) {
        String describe() {
            return source + " " + host + ":" + port;
        }
    }

    private EstateQueries() {
    }

    static <T> List<T> all(Estate estate, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (EObject object : (Iterable<EObject>) estate::eAllContents) {
            if (type.isInstance(object)) {
                found.add(type.cast(object));
            }
        }
        return found;
    }

    /** Stations of {@code type} on the internet: the SBC flag set, or a device at home bound to one. */
    static List<Station> internetStations(OsbizSystem system, StationType type) {
        List<Station> stations = new ArrayList<>();
        for (Station station : system.getStations()) {
            if (station.getType() == type && station.isSbcFlag()) {
                stations.add(station);
            }
        }
        for (Device device : system.getDevices()) {
            Station station = device.getStation();
            if (device.getPlace() == Place.HOME && station != null && station.getType() == type
                    && !stations.contains(station)) {
                stations.add(station);
            }
        }
        return stations;
    }

    /**
     * F-05: an active ITSP trunk's own STUN server if there is one, else the system's default STUN server, else null.
     */
    static StunTarget stunServer(OsbizSystem system) {
        for (ItspTrunk trunk : system.getItspTrunks()) {
            if (trunk.isActive() && !blank(trunk.getStunServer())) {
                return new StunTarget(trunk.getStunServer().strip(), trunk.getStunPort(),
                        "STUN server of ITSP trunk '" + (trunk.getName() == null ? trunk.getId() : trunk.getName())
                                + "'");
            }
        }
        if (!blank(system.getStunServer())) {
            return new StunTarget(system.getStunServer().strip(), system.getStunPort(), "default STUN server");
        }
        return null;
    }

    /** The LAN address the company router forwards to (the internet-facing interface), or the management address. */
    static String internalAddress(OsbizSystem system) {
        String address = system.getInternetInterface() == LanInterface.LAN2 ? system.getLan2Address()
                : system.getLan1Address();
        return blank(address) ? system.getHostAddress() : address.strip();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
