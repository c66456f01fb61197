package io.patchbay.core.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.junit.jupiter.api.Test;

import io.patchbay.core.provisioning.DeviceSelection;
import io.patchbay.core.provisioning.DeviceSelection.UnknownDeviceException;
import io.patchbay.model.BuffaloRouter;
import io.patchbay.model.Customer;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.ManagedDevice;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Site;
import io.patchbay.model.Station;

/**
 * What a selection in the console and {@code --select} on the command line bring to a provisioning run: two sites,
 * each with a system (one holding a station) and a router, and a feature that applies to systems only.
 */
class DeviceSelectionTest {

    private static final Predicate<ManagedDevice> SYSTEMS = OsbizSystem.class::isInstance;

    private final Estate estate = EstateFactory.eINSTANCE.createEstate();
    private final Site hamburg = site("site-hh", "sys-hh", "rtr-hh");
    private final Site luebeck = site("site-hl", "sys-hl", "rtr-hl");
    private final Station station = EstateFactory.eINSTANCE.createStation();

    DeviceSelectionTest() {
        Customer customer = EstateFactory.eINSTANCE.createCustomer();
        customer.setId("nordhafen");
        customer.getSites().addAll(List.of(hamburg, luebeck));
        estate.getCustomers().add(customer);
        station.setId("st-100");
        station.setNumber("100");
        hamburg.getSystems().get(0).getStations().add(station);
    }

    private static Site site(String id, String systemId, String routerId) {
        Site site = EstateFactory.eINSTANCE.createSite();
        site.setId(id);
        OsbizSystem system = EstateFactory.eINSTANCE.createOsbizSystem();
        system.setId(systemId);
        site.getSystems().add(system);
        BuffaloRouter router = EstateFactory.eINSTANCE.createBuffaloRouter();
        router.setId(routerId);
        site.getRouters().add(router);
        return site;
    }

    private static List<String> ids(List<ManagedDevice> devices) {
        return devices.stream().map(ManagedDevice::getId).toList();
    }

    @Test
    void aSiteOrTheEstateBringsTheDevicesBelowItThatTheFeatureAppliesTo() {
        Resource resource = new ResourceImpl();
        resource.getContents().add(estate);
        assertAll(() -> assertEquals(List.of("sys-hh"), ids(DeviceSelection.of(List.of(hamburg), SYSTEMS))),
                () -> assertEquals(List.of("sys-hh", "sys-hl"), ids(DeviceSelection.of(List.of(estate), SYSTEMS))),
                () -> assertEquals(List.of("sys-hh", "sys-hl"), ids(DeviceSelection.of(List.of(resource), SYSTEMS))),
                () -> assertEquals(List.of("sys-hh", "rtr-hh"),
                        ids(DeviceSelection.of(List.of(hamburg), device -> true))));
    }

    @Test
    void aStationBringsTheSystemThatHoldsItAndEachDeviceComesOnce() {
        assertAll(() -> assertEquals(List.of("sys-hh"), ids(DeviceSelection.of(List.of(station), SYSTEMS))),
                () -> assertEquals(List.of(),
                        ids(DeviceSelection.of(List.of(station), BuffaloRouter.class::isInstance))),
                () -> assertEquals(List.of("sys-hl", "sys-hh"), ids(DeviceSelection.of(
                        List.of(luebeck, station, hamburg, hamburg.getSystems().get(0), "not a model object"),
                        SYSTEMS))));
    }

    @Test
    void noIdsMeanEveryDeviceOfTheEstateAndIdsAreTakenInTheOrderNamed() {
        assertAll(() -> assertEquals(List.of("sys-hh", "sys-hl"), ids(DeviceSelection.byIds(estate, SYSTEMS, null))),
                () -> assertEquals(List.of("sys-hh", "sys-hl"), ids(DeviceSelection.byIds(estate, SYSTEMS, List.of()))),
                () -> assertEquals(List.of("sys-hl", "sys-hh"),
                        ids(DeviceSelection.byIds(estate, SYSTEMS, List.of("sys-hl,sys-hh", "sys-hl")))));
    }

    @Test
    void anIdThatIsNoDeviceTheFeatureAppliesToIsNamed() {
        UnknownDeviceException router = assertThrows(UnknownDeviceException.class,
                () -> DeviceSelection.byIds(estate, SYSTEMS, List.of("sys-hh", "rtr-hh")));
        UnknownDeviceException site = assertThrows(UnknownDeviceException.class,
                () -> DeviceSelection.byIds(estate, SYSTEMS, List.of("site-hh")));
        assertAll(() -> assertEquals("rtr-hh", router.id()), () -> assertEquals("site-hh", site.id()),
                () -> assertEquals("the estate has no device with id 'rtr-hh' that the feature applies to",
                        router.getMessage()));
    }
}
