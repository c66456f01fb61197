package io.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import io.patchbay.model.Customer;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Site;
import io.patchbay.model.Station;
import io.patchbay.ui.internal.grid.EstateGrid;
import io.patchbay.ui.internal.grid.GridRows;

/**
 * The grid's rows follow changes to the estate one row at a time, and end up exactly where sorting and filtering
 * everything again would put them.
 */
class GridRowsTest {

    private static final EstateFactory MAKE = EstateFactory.eINSTANCE;
    private final Random random = new Random(42);

    @Test
    void changedAddedAndRemovedRowsLandWhereAFreshSortAndFilterPutThem() {
        Estate estate = estate(3_000);
        OsbizSystem system = estate.getCustomers().get(0).getSites().get(0).getSystems().get(0);
        GridRows rows = sortedByNameFilteredOnSbc(estate);

        Set<EObject> changed = identitySet();
        Set<EObject> added = identitySet();
        Set<EObject> removed = identitySet();
        for (int i = 0; i < 40; i++) {
            Station station = system.getStations().get(random.nextInt(system.getStations().size()));
            station.setName(randomName());
            station.setSbcFlag(random.nextBoolean());
            changed.add(station);
        }
        for (int i = 0; i < 10; i++) {
            Station gone = system.getStations().remove(random.nextInt(system.getStations().size()));
            removed.add(gone);
            changed.remove(gone);
            Station station = station(system.getStations().size() + 10_000);
            system.getStations().add(station);
            added.add(station);
        }
        assertTrue(rows.apply(changed, added, removed, false), "the shown rows changed");

        assertEquals(sortedByNameFilteredOnSbc(estate).shown(), rows.shown());
    }

    @Test
    void aChangeToAColumnNobodySortsOrFiltersByOnlyRepaints() {
        Estate estate = estate(100);
        GridRows rows = new GridRows(EstateGrid.columnsForTests());
        rows.load(estate);
        List<EObject> before = List.copyOf(rows.shown());
        Station station = (Station) before.get(7);
        station.setName("Zz renamed");
        assertFalse(rows.apply(Set.of(station), Set.of(), Set.of(), false), "no row moved");
        assertEquals(before, rows.shown());
    }

    private GridRows sortedByNameFilteredOnSbc(Estate estate) {
        GridRows rows = new GridRows(EstateGrid.columnsForTests());
        rows.load(estate);
        int name = column(rows, "Name");
        rows.setFilters(Map.of(column(rows, "SBC flag"), "yes"));
        rows.sort(name, true);
        return rows;
    }

    private static int column(GridRows rows, String header) {
        for (int i = 0; i < rows.columns().size(); i++) {
            if (header.equals(rows.columns().get(i).header())) {
                return i;
            }
        }
        throw new AssertionError("no column " + header);
    }

    private Estate estate(int stations) {
        Estate estate = MAKE.createEstate();
        Customer customer = MAKE.createCustomer();
        Site site = MAKE.createSite();
        site.setName("Site");
        OsbizSystem system = MAKE.createOsbizSystem();
        system.setName("System");
        estate.getCustomers().add(customer);
        customer.getSites().add(site);
        site.getSystems().add(system);
        for (int i = 0; i < stations; i++) {
            system.getStations().add(station(i));
        }
        return estate;
    }

    private Station station(int number) {
        Station station = MAKE.createStation();
        station.setNumber(Integer.toString(100 + number));
        station.setName(randomName());
        station.setSbcFlag(random.nextBoolean());
        return station;
    }

    private String randomName() {
        return "Name " + (char) ('A' + random.nextInt(26)) + random.nextInt(50);
    }

    private static Set<EObject> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
