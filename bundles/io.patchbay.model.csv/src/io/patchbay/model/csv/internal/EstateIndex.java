package io.patchbay.model.csv.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.patchbay.model.Device;
import io.patchbay.model.Estate;
import io.patchbay.model.Identifiable;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Station;

/** The objects of an estate by id, built once per import, and the ids an import hands out. */
final class EstateIndex {

    /** Ids go into XMI references, which separate ids by blanks: letters, digits and . _ : - only. */
    private static final Pattern VALID_ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:-]*");

    final Estate estate;
    private final Map<String, Identifiable> byId = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    EstateIndex(Estate estate) {
        this.estate = estate;
        estate.eAllContents().forEachRemaining(object -> {
            if (object instanceof Identifiable identifiable && identifiable.getId() != null) {
                byId.put(identifiable.getId(), identifiable);
            }
        });
        taken.addAll(byId.keySet());
    }

    private Map<String, Device> devicesByMac;
    private final Map<OsbizSystem, Map<String, Station>> stationsByNumber = new HashMap<>();

    /** The station of a system with a call number, or null. */
    Station station(OsbizSystem system, String number) {
        return stationsByNumber.computeIfAbsent(system, s -> {
            Map<String, Station> byNumber = new HashMap<>();
            for (Station station : s.getStations()) {
                if (station.getNumber() != null) {
                    byNumber.putIfAbsent(station.getNumber(), station);
                }
            }
            return byNumber;
        }).get(number);
    }

    /** The device with a MAC address (normalised: hex digits in lower case), or null. */
    Device deviceByMac(String normalMac) {
        if (devicesByMac == null) {
            devicesByMac = new HashMap<>();
            for (Identifiable object : byId.values()) {
                if (object instanceof Device device && device.getMac() != null) {
                    devicesByMac.putIfAbsent(DeviceFormat.normalMac(device.getMac()), device);
                }
            }
        }
        return devicesByMac.get(normalMac);
    }

    Identifiable get(String id) {
        return byId.get(id);
    }

    static boolean isValidId(String id) {
        return VALID_ID.matcher(id).matches();
    }

    static String idRule() {
        return "an id starts with a letter or digit and holds only letters, digits and . _ : -";
    }

    /** Claims an id given in the file for a new object; false if another row already claimed it. */
    boolean claim(String id) {
        return taken.add(id);
    }

    /** A new id: the hint made valid, with -2, -3... added until no object and no row of the file has it. */
    String generate(String hint) {
        String base = hint.replaceAll("[^\\p{L}\\p{N}._:-]+", "-");
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The ids of the objects of a class, for messages that list what the user may write; at most ten. */
    String idsOf(EClass eClass) {
        List<String> ids = new ArrayList<>();
        for (Identifiable object : byId.values()) {
            if (eClass.isInstance(object)) {
                ids.add(object.getId());
            }
        }
        if (ids.isEmpty()) {
            return "the estate has none";
        }
        ids.sort(null);
        String list = ids.stream().limit(10).collect(Collectors.joining(", "));
        return "the estate has " + list + (ids.size() > 10 ? ", ..." : "");
    }

    static String describe(EObject object) {
        return object.eClass().getName() + (object instanceof Identifiable identifiable ? " " + identifiable.getId()
                : " " + EcoreUtil.getURI(object).fragment());
    }
}
