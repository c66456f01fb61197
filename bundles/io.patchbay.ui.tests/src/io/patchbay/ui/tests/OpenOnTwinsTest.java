package io.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.patchbay.core.PatchbayHome;
import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.ApplyRunner;
import io.patchbay.core.provisioning.Journal;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.livetest.LiveTestListener;
import io.patchbay.livetest.LiveTestReport;
import io.patchbay.livetest.LiveTestRequest;
import io.patchbay.livetest.LiveTestRunner;
import io.patchbay.livetest.Outcome;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.HomeRouter;
import io.patchbay.model.EstateResources;
import io.patchbay.model.Identifiable;
import io.patchbay.model.ManagedDevice;
import io.patchbay.model.Station;
import io.patchbay.simulator.estate.EstateSimulation;
import io.patchbay.ui.internal.EstateSession;
import io.patchbay.ui.internal.OpenEstateHandler;
import io.patchbay.ui.internal.OpenOnTwinsHandler;
import io.patchbay.ui.internal.provisioning.ProvisioningServices;
import io.patchbay.ui.testing.SwtDriver;

/**
 * File ▸ Open on Device Twins starts twins for the estate of the active window and opens the copy that points at them
 * in a window of its own; the twins answer (a socket to one, the RSP.servicelink live tests and a port-forwarding push
 * through the copy) until that window closes, while the demo's twins keep running. Unsaved changes are saved first or
 * nothing happens, and a copy of the demo runs on twins of its own, whose logins are kept apart from the demo twins'
 * in the vault.
 */
class OpenOnTwinsTest {

    private final SwtDriver driver = SwtDriver.onCurrentDisplay();
    private IWorkbenchWindow main;
    @TempDir
    Path folder;

    @BeforeEach
    void findTheDemoWindow() {
        main = driver.waitFor("the workbench window", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        Assumptions.assumeTrue(main.getService(EstateSimulation.class) != null,
                "the demo's twins did not start in this console: " + main.getService(EstateSession.class).file());
    }

    @AfterEach
    void closeTheWindowsThisTestOpened() {
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            if (window != main) {
                window.getService(EstateSession.class).commandStack().flush();
                window.close();
            }
        }
        main.getShell().forceActive();
        driver.flush();
    }

    @Test
    void theEstateRunsOnItsOwnTwinsInANewWindowUntilThatWindowCloses() throws Exception {
        Path file = estateWithDevicesOfItsOwn("branch-office.estate");
        IWorkbenchWindow office = open(file);
        EstateSession session = office.getService(EstateSession.class);
        session.commandStack().execute(SetCommand.create(session.editingDomain(), station(session, "Reception"),
                EstatePackage.Literals.STATION__NAME, "Front desk"));
        int windows = PlatformUI.getWorkbench().getWorkbenchWindowCount();

        String[] question = new String[1];
        driver.answer("Save Before Starting Twins", "Save", dialog -> question[0] = driver.message(dialog));
        openOnTwins(office);

        Path copy = folder.resolve("branch-office.simulated.estate");
        IWorkbenchWindow twins = driver.waitFor("the window on the twins", () -> windowShowing(copy));
        EstateSimulation simulation = twins.getService(EstateSimulation.class);
        assertNotNull(simulation, "the new window's context holds its simulation");
        EstateSimulation.Twin twin = sshTwin(simulation);
        Label note = driver.find(twins.getShell(), Label.class, "the note that the estate runs on twins",
                label -> label.getText().startsWith(simulation.twins().size() + " device twins run on this machine"
                        + " for branch-office.estate; changes go to this copy, branch-office.simulated.estate"));
        assertAll(() -> assertTrue(question[0] != null && question[0].contains("'branch-office.estate' has unsaved"
                        + " changes"), "asked to save first: " + question[0]),
                () -> assertTrue(Files.readString(file).contains("name=\"Front desk\""), "Save wrote " + file),
                () -> assertTrue(Files.readString(copy).contains("name=\"Front desk\""), "the twins run the saved"
                        + " estate"),
                () -> assertEquals(windows + 1, PlatformUI.getWorkbench().getWorkbenchWindowCount()),
                () -> assertEquals("Patchbay \u2014 branch-office.estate, simulated (" + simulation.twins().size()
                        + " twins)", twins.getShell().getText()),
                () -> assertTrue(simulation.twins().size() >= 5, "twins: " + simulation.twins()),
                () -> assertTrue(simulation.twins().stream().allMatch(t -> t.deviceId().startsWith("branch-")),
                        "the estate's own devices: " + simulation.twins()),
                () -> assertFalse(note.getText().contains("No twin stands in"), note.getText()),
                () -> assertTrue(accepts(twin.host(), twin.port()), "twin " + twin + " answers"),
                () -> assertTrue(twinFolders().anyMatch(f -> f.matches("branch-office-[0-9a-f]{8}")),
                        "the twins keep their state in a folder of this estate's own"));

        LiveTestReport report = runServicelinkSuite(twins.getService(EstateSession.class).estate().orElseThrow());
        assertAll(() -> assertTrue(report.passed(), "RSP.servicelink on the twins: " + report.results()),
                () -> assertTrue(report.count(Outcome.PASSED) > 0, "something was tested: " + report.results()));

        EstateSession simulated = twins.getService(EstateSession.class);
        ProvisioningServices services = new ProvisioningServices(
                FrameworkUtil.getBundle(OpenOnTwinsTest.class).getBundleContext());
        Provisioner forwards = services.provisioner("portforward").orElseThrow();
        List<ManagedDevice> routers = new java.util.ArrayList<>();
        simulated.estate().orElseThrow().eAllContents().forEachRemaining(o -> {
            if (o instanceof ManagedDevice device && forwards.appliesTo(device)) {
                routers.add(device);
            }
        });
        ApplyReport pushed = ApplyRunner.builder(forwards, services.connector(simulated.file()))
                .journal(Journal.besideEstate(simulated.file())).build().apply(routers, new NullProgressMonitor());
        assertAll(() -> assertFalse(routers.isEmpty(), "the estate has routers to forward ports on"),
                () -> assertTrue(pushed.allSucceeded(), "port forwards pushed to the twins: " + pushed),
                () -> assertTrue(pushed.count(io.patchbay.core.provisioning.Outcome.CHANGED) > 0,
                        "the fresh twins forwarded nothing before, so the push changed them: " + pushed));

        openOnTwins(office); // a second time: the same window, no second set of twins
        driver.waitUntil("the twins' window active again", () -> PlatformUI.getWorkbench()
                .getActiveWorkbenchWindow() == twins);
        assertEquals(windows + 1, PlatformUI.getWorkbench().getWorkbenchWindowCount(), "no further window");

        twins.close();
        driver.waitUntil("the twin stopped with its window", () -> !accepts(twin.host(), twin.port()));
        EstateSimulation.Twin demoTwin = sshTwin(main.getService(EstateSimulation.class));
        assertAll(() -> assertTrue(accepts(demoTwin.host(), demoTwin.port()), "the demo's twins keep running"),
                () -> assertFalse(office.getShell().isDisposed(), "the estate's own window stays open"));
    }

    @Test
    void aDeviceNoTwinStandsInForIsNamedInTheNote() throws Exception {
        Path file = estateWithDevicesOfItsOwn("home-office.estate");
        Estate estate = EstateResources.load(file);
        HomeRouter router = EstateFactory.eINSTANCE.createHomeRouter();
        router.setId("home-office-router");
        router.setName("Kiel home office router");
        router.setHostAddress("192.0.2.10"); // documentation range: nothing real is touched
        estate.getCustomers().get(0).getSites().get(0).getRouters().add(router);
        EstateResources.save(estate, file);
        IWorkbenchWindow opened = open(file);

        openOnTwins(opened);

        IWorkbenchWindow twins = driver.waitFor("the window on the twins",
                () -> windowShowing(folder.resolve("home-office.simulated.estate")));
        Label note = driver.find(twins.getShell(), Label.class, "the note naming the device without a twin",
                label -> label.getText().contains("No twin stands in for"));
        assertAll(() -> assertTrue(note.getText().contains("Kiel home office router"), note.getText()),
                () -> assertTrue(note.getText().contains("keeps their real addresses"), note.getText()),
                () -> assertEquals(1, twins.getService(EstateSimulation.class).notSimulated().size(),
                        "only the home router has no twin: " + note.getText()));
    }

    @Test
    void cancelWhenAskedToSaveStartsNoTwinsAndKeepsTheChanges() throws Exception {
        Path file = estateWithDevicesOfItsOwn("cancelled.estate");
        IWorkbenchWindow opened = open(file);
        EstateSession session = opened.getService(EstateSession.class);
        session.commandStack().execute(SetCommand.create(session.editingDomain(), station(session, "Reception"),
                EstatePackage.Literals.STATION__NAME, "Front desk"));
        int windows = PlatformUI.getWorkbench().getWorkbenchWindowCount();

        boolean[] asked = new boolean[1];
        driver.answer("Save Before Starting Twins", "Cancel", dialog -> asked[0] = true);
        openOnTwins(opened);

        assertAll(() -> assertTrue(asked[0], "asked to save first"),
                () -> assertEquals(windows, PlatformUI.getWorkbench().getWorkbenchWindowCount(), "no window"),
                () -> assertTrue(session.commandStack().isSaveNeeded(), "the change is kept, unsaved"),
                () -> assertFalse(Files.exists(folder.resolve("cancelled.simulated.estate")), "no simulated copy"));
    }

    @Test
    void aCopyOfTheDemoRunsOnTwinsOfItsOwnAndTheDemosTwinsKeepTheirLogins() throws Exception {
        Path file = Files.copy(demoEstate(), folder.resolve("demo-copy.estate"));
        IWorkbenchWindow opened = open(file);
        openOnTwins(opened);
        Path copy = folder.resolve("demo-copy.simulated.estate");
        IWorkbenchWindow twins = driver.waitFor("the window on the copy's twins", () -> windowShowing(copy));
        EstateSimulation own = twins.getService(EstateSimulation.class);
        EstateSimulation demo = main.getService(EstateSimulation.class);
        String demoRouter = credentialOf(main, "rtr-hh");
        String copyRouter = credentialOf(twins, "rtr-hh");
        assertAll(() -> assertTrue(own != null && own != demo, "a simulation of its own"),
                () -> assertNotEquals(demoRouter, copyRouter, "the same device id, two logins in the vault"),
                () -> assertTrue(pushForwards(twins).allSucceeded(), "the copy's twins take a push"),
                () -> assertTrue(pushForwards(main).allSucceeded(),
                        "the demo's twins still take a push with their own login"));
        twins.close();
        EstateSimulation.Twin demoTwin = sshTwin(demo);
        assertTrue(accepts(demoTwin.host(), demoTwin.port()), "the demo's twins keep running");
    }

    private static String credentialOf(IWorkbenchWindow window, String id) {
        return ((ManagedDevice) window.getService(EstateSession.class).resource().orElseThrow().getEObject(id))
                .getCredentialRef();
    }

    /** Pushes the estate's port forwards to the window's router twins (planned when already there). */
    private static ApplyReport pushForwards(IWorkbenchWindow window) {
        EstateSession session = window.getService(EstateSession.class);
        ProvisioningServices services = new ProvisioningServices(
                FrameworkUtil.getBundle(OpenOnTwinsTest.class).getBundleContext());
        Provisioner forwards = services.provisioner("portforward").orElseThrow();
        List<ManagedDevice> routers = new java.util.ArrayList<>();
        session.estate().orElseThrow().eAllContents().forEachRemaining(o -> {
            if (o instanceof ManagedDevice device && forwards.appliesTo(device)) {
                routers.add(device);
            }
        });
        return ApplyRunner.builder(forwards, services.connector(session.file())).build().plan(routers,
                new NullProgressMonitor());
    }

    @Test
    void theFileMenuOffersOpenOnDeviceTwins() {
        Menu file = Arrays.stream(main.getShell().getMenuBar().getItems()).filter(i -> i.getText().equals("&File"))
                .findFirst().orElseThrow().getMenu();
        file.notifyListeners(SWT.Show, new Event());
        List<String> items = Arrays.stream(file.getItems()).map(MenuItem::getText).toList();
        file.notifyListeners(SWT.Hide, new Event());
        assertTrue(items.stream().anyMatch(i -> i.startsWith("Open on Device &Twins")), "File menu: " + items);
    }

    /** The demo estate with every id prefixed: an estate of its own, whose devices the demo does not have. */
    private Path estateWithDevicesOfItsOwn(String name) throws IOException {
        Estate estate = EstateResources.load(demoEstate());
        for (EObject object : (Iterable<EObject>) estate::eAllContents) {
            if (object instanceof Identifiable identifiable && identifiable.getId() != null) {
                identifiable.setId("branch-" + identifiable.getId());
            }
        }
        Path file = folder.resolve(name);
        EstateResources.save(estate, file);
        return file;
    }

    /** The demo estate itself, beside the simulated copy the first window shows. */
    private Path demoEstate() {
        return main.getService(EstateSession.class).file().resolveSibling("demo.estate");
    }

    private IWorkbenchWindow open(Path file) throws Exception {
        ICommandService commands = main.getService(ICommandService.class);
        main.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(
                commands.getCommand(OpenEstateHandler.COMMAND), Map.of(OpenEstateHandler.FILE, file.toString())),
                null);
        IWorkbenchWindow opened = driver.waitFor("the window of " + file, () -> windowShowing(file));
        driver.waitUntil("the window of " + file + " active",
                () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow() == opened);
        return opened;
    }

    private void openOnTwins(IWorkbenchWindow window) throws Exception {
        window.getService(IHandlerService.class).executeCommand(OpenOnTwinsHandler.COMMAND, null);
    }

    private static IWorkbenchWindow windowShowing(Path file) {
        return Arrays.stream(PlatformUI.getWorkbench().getWorkbenchWindows())
                .filter(w -> w.getService(EstateSession.class) != null
                        && file.equals(w.getService(EstateSession.class).file()))
                .findFirst().orElse(null);
    }

    private static Stream<String> twinFolders() throws IOException {
        try (Stream<Path> folders = Files.list(PatchbayHome.folder().resolve("twins"))) {
            return folders.map(f -> f.getFileName().toString()).toList().stream();
        }
    }

    /** A twin listening on TCP (SSH), so that a connection shows whether it runs; the SNMP twins answer on UDP. */
    private static EstateSimulation.Twin sshTwin(EstateSimulation simulation) {
        return simulation.twins().stream().filter(t -> t.protocol().equals("ssh")).findFirst()
                .orElseThrow(() -> new AssertionError("no SSH twin among " + simulation.twins()));
    }

    private static boolean accepts(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static LiveTestReport runServicelinkSuite(Estate estate) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(OpenOnTwinsTest.class).getBundleContext();
        ServiceTracker<LiveTestRunner, LiveTestRunner> runners = new ServiceTracker<>(context, LiveTestRunner.class,
                null);
        runners.open();
        try {
            LiveTestRunner runner = runners.waitForService(10_000);
            assertNotNull(runner, "the live test runner service");
            return runner.run(estate, LiveTestRequest.all().withSuites(List.of("servicelink"))
                    .withTimeout(Duration.ofSeconds(5)), LiveTestListener.NONE);
        } finally {
            runners.close();
        }
    }

    private static Station station(EstateSession session, String name) {
        Station[] found = new Station[1];
        session.estate().orElseThrow().eAllContents().forEachRemaining(o -> {
            if (o instanceof Station s && name.equals(s.getName())) {
                found[0] = s;
            }
        });
        assertNotNull(found[0], "the estate has a station named " + name);
        return found[0];
    }

}
