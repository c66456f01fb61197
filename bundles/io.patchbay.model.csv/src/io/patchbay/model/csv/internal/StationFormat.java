package io.patchbay.model.csv.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.patchbay.model.Estate;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.EstatePackage.Literals;
import io.patchbay.model.Identifiable;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Station;
import io.patchbay.model.csv.CsvKind;

/**
 * stations.csv: a row names its system by id; without an id, system and call number find the station. Call numbers
 * are unique within a system.
 */
final class StationFormat extends KindFormat {

    private static final String NUMBER = "number";

    private final List<Column> columns = List.of(
            Column.key("id", false, station -> ((Station) station).getId()),
            Column.key("system", true, station -> ((OsbizSystem) station.eContainer()).getId()),
            Column.required(Literals.STATION__NUMBER),
            Column.of(Literals.STATION__NAME),
            Column.of(Literals.STATION__TYPE),
            Column.of(Literals.STATION__AUTHENTICATION),
            Column.of(Literals.STATION__PASSWORD_REF),
            Column.of(Literals.STATION__SIP_USER_ID),
            Column.of(Literals.STATION__REALM),
            Column.of(Literals.STATION__CLASS_OF_SERVICE),
            Column.of(Literals.STATION__SBC_FLAG),
            Column.of(Literals.STATION__SPE_ENABLED),
            Column.of(Literals.STATION__IP_USER_LICENCE));

    @Override
    CsvKind kind() {
        return CsvKind.STATIONS;
    }

    @Override
    String secretAdvice() {
        return "put its vault reference in column 'passwordRef'";
    }

    @Override
    List<Column> columns() {
        return columns;
    }

    @Override
    List<? extends EObject> objects(Estate estate) {
        return allOf(estate, Station.class);
    }

    @Override
    String noun(EClass eClass) {
        return "station";
    }

    @Override
    RowChange resolve(RowCells row, EstateIndex index) {
        OsbizSystem system = Lookups.system(row, "system", index);
        String number = row.required(NUMBER, "every station needs its call number");
        String id = row.text("id");
        if (system == null || number == null) {
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
            } else if (!(existing instanceof Station station)) {
                row.problem("id", "'" + id + "' is the id of a " + existing.eClass().getName()
                        + ", not of a station; use another id or leave it empty to have one generated");
                return null;
            } else if (station.eContainer() != system) {
                row.problem("system", "station " + id + " belongs to system "
                        + ((Identifiable) station.eContainer()).getId() + "; an import does not move stations, "
                        + "write " + ((Identifiable) station.eContainer()).getId() + " or use a new id");
                return null;
            } else {
                change = RowChange.update(row.line, station);
            }
        } else {
            Station existing = index.station(system, number);
            change = existing != null ? RowChange.update(row.line, existing)
                    : create(row, system, null, system.getId() + "-st-" + number);
        }
        change.key = change.created && (id == null || id.isEmpty()) ? "system " + system.getId() + ", number " + number
                : id != null && !id.isEmpty() ? id : ((Station) change.target).getId();
        change.facts.put("system", system);
        change.facts.put(NUMBER, number);
        return change;
    }

    private static RowChange create(RowCells row, OsbizSystem system, String id, String idHint) {
        Station station = EstateFactory.eINSTANCE.createStation();
        if (id != null) {
            station.setId(id);
        }
        return RowChange.create(row.line, station, () -> system.getStations().add(station), idHint);
    }

    /** After the import every system must still have each call number once. */
    @Override
    void checkAll(List<RowChange> changes, Map<RowChange, RowCells> rows, EstateIndex index) {
        Map<Station, RowChange> changed = new HashMap<>();
        Map<OsbizSystem, Map<String, Object>> numbers = new HashMap<>(); // number → Station or RowChange
        for (RowChange change : changes) {
            changed.put((Station) change.target, change);
        }
        for (RowChange change : changes) {
            OsbizSystem system = (OsbizSystem) change.facts.get("system");
            Map<String, Object> taken = numbers.computeIfAbsent(system, s -> {
                Map<String, Object> existing = new HashMap<>();
                for (Station station : s.getStations()) {
                    if (!changed.containsKey(station) && station.getNumber() != null) {
                        existing.put(station.getNumber(), station);
                    }
                }
                return existing;
            });
            String number = (String) change.facts.get(NUMBER);
            Object other = taken.putIfAbsent(number, change);
            if (other instanceof Station station) {
                rows.get(change).problem(NUMBER, "system " + system.getId() + " already has number " + number
                        + " (station " + station.getId() + "); call numbers are unique in a system, choose another");
            } else if (other instanceof RowChange first) {
                rows.get(change).problem(NUMBER, "line " + first.line + " gives system " + system.getId()
                        + " number " + number + " too; call numbers are unique in a system, choose another");
            }
        }
    }
}
