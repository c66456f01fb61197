package io.patchbay.demo.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.demo.DemoEstate;
import io.patchbay.model.BuffaloRouter;
import io.patchbay.model.CompanyRouter;
import io.patchbay.model.Device;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateResources;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.RsipServer;
import io.patchbay.model.Station;
import io.patchbay.model.SystemModel;
import io.patchbay.model.validation.EstateValidation;
import io.patchbay.model.validation.Finding;

/** The demo estate is what a new user first sees: it must load, be realistic, and survive a save unchanged. */
class DemoEstateTest {

    @TempDir
    Path folder;

    @Test
    void installsIntoTheFolderAndLoadsAsTheDescribedEstate() throws IOException {
        Path file = DemoEstate.installInto(folder);
        Estate estate = EstateResources.load(file);
        List<EObject> all = all(estate);
        List<SystemModel> systems = all.stream().filter(OsbizSystem.class::isInstance).map(OsbizSystem.class::cast)
                .map(OsbizSystem::getModel).toList();
        assertAll(() -> assertEquals(folder.resolve("demo.estate"), file),
                () -> assertEquals(List.of(SystemModel.X3, SystemModel.S), systems),
                () -> assertTrue(count(all, Station.class) >= 5, "stations"),
                () -> assertTrue(count(all, Device.class) >= 5, "devices"),
                () -> assertEquals(1, count(all, CompanyRouter.class), "company routers"),
                () -> assertEquals(1, count(all, BuffaloRouter.class), "Buffalo routers"),
                () -> assertEquals(1, count(all, RsipServer.class), "RSIP servers"));
    }

    @Test
    void anExistingCopyKeepsTheOperatorsChanges() throws IOException {
        Path file = DemoEstate.installInto(folder);
        Estate estate = EstateResources.load(file);
        estate.setName("Renamed by the operator");
        EstateResources.save(estate, file);
        assertEquals(file, DemoEstate.installInto(folder));
        assertEquals("Renamed by the operator", EstateResources.load(file).getName());
    }

    @Test
    void savingTheDemoEstateChangesNoByte() throws IOException {
        Path file = DemoEstate.installInto(folder);
        String shipped = Files.readString(file);
        Path again = folder.resolve("again.estate");
        EstateResources.save(EstateResources.load(file), again);
        assertEquals(shipped, Files.readString(again));
    }

    @Test
    void holdsNoSecretsOnlyVaultReferences() throws IOException {
        String text = Files.readString(DemoEstate.installInto(folder));
        assertTrue(text.contains("credentialRef=\"vault:"), "devices refer to the vault");
        assertTrue(!text.toLowerCase().matches("(?s).*\\bpassword=\".*"), "no password attribute with a value");
    }

    @Test
    void validatesCleanAgainstEveryRule() throws IOException {
        Estate estate = EstateResources.load(DemoEstate.installInto(folder));
        assertEquals(List.of(), EstateValidation.validate(estate).stream().map(Finding::toString).toList());
    }

    private static List<EObject> all(Estate estate) {
        List<EObject> objects = new java.util.ArrayList<>();
        estate.eAllContents().forEachRemaining(objects::add);
        return objects;
    }

    private static long count(List<EObject> objects, Class<?> type) {
        return objects.stream().filter(type::isInstance).count();
    }
}
