package io.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import io.patchbay.core.Credential;
import io.patchbay.core.CredentialVault;
import io.patchbay.core.provisioning.ApplyRunner;
import io.patchbay.core.provisioning.Journal;
import io.patchbay.core.provisioning.JournalEntry;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.model.CompanyRouter;
import io.patchbay.model.Customer;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.Identifiable;
import io.patchbay.model.ManagedDevice;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Site;
import io.patchbay.model.Station;
import io.patchbay.provisioning.cert.CaRequest;
import io.patchbay.provisioning.cert.EstateCertificates;
import io.patchbay.provisioning.cert.ServerRequest;
import io.patchbay.provisioning.cert.Subject;
import io.patchbay.simulator.BuffaloRouterTwin;
import io.patchbay.simulator.estate.EstateSimulation;
import io.patchbay.ui.PatchbayUi;
import io.patchbay.ui.internal.EstateNavigator;
import io.patchbay.ui.internal.EstateSession;
import io.patchbay.ui.internal.JournalView;
import io.patchbay.ui.internal.LiveTestsView;
import io.patchbay.ui.internal.provisioning.ProvisioningServices;
import io.patchbay.ui.testing.SwtDriver;

/**
 * The provisioning wizards' whole path on the demo console: the estate rules that block planning, the options in
 * words, the rehearsal on private twins (passing, then refused), cancelling a run on several routers whose twins
 * answer slowly, and the SPE certificate of a system from issuing to reading it back from its twin, with the live test
 * the result page offers. Extra sites are copies of Hamburg HQ added through the command stack and undone after each
 * test; their routers' twins are started by the test where a run writes them.
 */
class ProvisioningWizardFlowTest {

    private static final Duration LONG_RUN = Duration.ofSeconds(180);

    private final SwtDriver driver = SwtDriver.onCurrentDisplay();
    private final List<AutoCloseable> started = new ArrayList<>();
    private final List<String> storedLogins = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();
    private IWorkbenchWindow window;
    private EstateSession session;
    private EstateNavigator navigator;
    private Shell wizard;
    private Runnable restore = () -> {
    };

    @BeforeEach
    void focusTheNavigator() {
        window = driver.waitFor("the workbench window", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        session = window.getService(EstateSession.class);
        navigator = driver.waitFor("the Estate navigator",
                () -> (EstateNavigator) window.getActivePage().findView(PatchbayUi.ESTATE_NAVIGATOR_ID));
        window.getActivePage().activate(navigator);
        driver.waitUntil("the estate in the navigator", () -> navigator.viewer().getTree().getItemCount() > 0);
    }

    @AfterEach
    void closeTheWizardUndoAndStopTheTwins(org.junit.jupiter.api.TestInfo test) throws Exception {
        if (wizard != null && !wizard.isDisposed()) {
            driver.save(driver.capture(wizard), screenshots().resolve("wizard-left-open-"
                    + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test") + ".png"));
            wizard.close();
        }
        simulation().ifPresent(s -> s.slowAnswers(Duration.ZERO));
        restore.run();
        while (session.commandStack().canUndo()) {
            session.commandStack().undo();
        }
        for (AutoCloseable twin : started) {
            twin.close();
        }
        CredentialVault vault = service(CredentialVault.class);
        for (String login : storedLogins) {
            vault.delete(login);
        }
        for (Path folder : folders) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        window.getActivePage().activate(window.getActivePage().findView(PatchbayUi.ESTATE_NAVIGATOR_ID));
    }

    @Test
    void aRuleErrorOnTheDevicesBlocksPlanningUntilItIsFixed() {
        Station warehouse = station("Warehouse");
        CompoundCommand breakF07 = new CompoundCommand();
        breakF07.append(SetCommand.create(session.editingDomain(), warehouse,
                EstatePackage.Literals.STATION__AUTHENTICATION, Boolean.FALSE));
        breakF07.append(SetCommand.create(session.editingDomain(), warehouse,
                EstatePackage.Literals.STATION__SBC_FLAG, Boolean.TRUE));
        session.commandStack().execute(breakF07);
        select(session.resource().orElseThrow().getEObject("pbx-hh"));
        openWizard("SBC flags");

        Table rules = driver.find(wizard, Table.class, "the estate rules", t -> t.getColumnCount() == 3
                && t.getColumn(1).getText().equals("Rule"));
        List<String> shown = Arrays.stream(rules.getItems()).map(i -> i.getText(0) + " " + i.getText(1) + " "
                + i.getText(2)).toList();
        assertTrue(shown.stream().anyMatch(r -> r.startsWith("error F-07 ") && r.contains("105")), shown.toString());
        assertTrue(wizardText().contains("must be fixed before planning"), wizardText());
        assertTrue(wizardText().contains("F-07: "), "the dialog's error line names the rule: " + wizardText());
        assertTrue(!button("&Next >").isEnabled(), "an error blocks planning");

        session.commandStack().undo(); // the operator fixes the station
        click(button("Check a&gain"));
        driver.waitUntil("the rules checked again", () -> rules.getItemCount() == 0
                && wizardText().contains("These devices break no estate rule."));
        driver.waitUntil("Next enabled once the estate is right", () -> button("&Next >").isEnabled());
        click(button("Cancel"));
        driver.waitUntil("the wizard closed", () -> wizard.isDisposed());
    }

    @Test
    void theWizardStartsAtThePreferencesParallelismAndGoesNoHigher() throws Exception {
        var preferences = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE
                .getNode(io.patchbay.ui.internal.preferences.ConsolePreferences.QUALIFIER);
        preferences.putInt("provisioning.parallelism", 3);
        try {
            select(session.resource().orElseThrow().getEObject("rtr-hh"));
            openWizard("Port forwarding");
            Spinner parallel = driver.find(wizard, Spinner.class, "the parallelism", s -> true);
            assertAll(() -> assertEquals(3, parallel.getSelection()), () -> assertEquals(3, parallel.getMaximum()),
                    () -> assertTrue(wizardText().contains("The run will use: 3 devices at once;"), wizardText()));
            click(button("Cancel"));
            driver.waitUntil("the wizard closed", () -> wizard.isDisposed());
        } finally {
            preferences.remove("provisioning.parallelism");
        }
    }

    @Test
    void aFeatureWithoutAnOptionsPageSaysWhichValuesTheRunUses() {
        select(session.resource().orElseThrow().getEObject("rtr-hh"));
        openWizard("Port forwarding");
        String text = wizardText();
        assertAll(() -> assertTrue(text.contains("This feature has no options of its own."), text),
                () -> assertTrue(text.contains("The run will use: 8 devices at once; commit-confirm: each device"
                        + " reverts the change by itself unless the console confirms it within 120 s; journal in "),
                        text),
                () -> assertTrue(text.contains(Journal.besideEstate(session.file()).folder().toString()), text));
        Spinner parallel = driver.find(wizard, Spinner.class, "the parallelism", s -> true);
        parallel.setSelection(2);
        parallel.notifyListeners(SWT.Modify, new Event());
        driver.waitUntil("the values used follow the spinner", () -> wizardText().contains("use: 2 devices at once"));
        click(button("Cancel"));
        driver.waitUntil("the wizard closed", () -> wizard.isDisposed());
    }

    @Test
    void aRehearsalOnTwinsShowsEachDeviceAndARefusalBlocksTheApply() throws Exception {
        List<CompanyRouter> copies = copiesOfHamburg(2);
        select(copies.get(0).eContainer().eContainer()); // the customer: Hamburg's router and the two copies
        openWizard("Port forwarding");
        assertTrue(wizardText().contains("3 devices: rtr-hh (Hamburg HQ internet router), rtr-hh-t1 (Test router 1),"
                + " rtr-hh-t2 (Test router 2)."), wizardText());
        click(button("&Next >"));
        waitForPlan("rtr-hh-t2 (Test router 2)");
        Button rehearse = driver.find(wizard, Button.class, "the rehearsal box",
                b -> (b.getStyle() & SWT.CHECK) != 0 && b.getText().equals("Rehearse on device &twins first"));
        assertTrue(rehearse.getSelection(), "a run on more than one device is rehearsed unless unticked");
        click(button("&Rehearse on twins"));

        Table rehearsal = rehearsalTable();
        assertTrue(driver.holdsWithin(LONG_RUN, () -> !rehearsal.isDisposed() && rehearsal.getItemCount() == 3
                && Arrays.stream(rehearsal.getItems()).allMatch(i -> i.getText(1).equals("changed"))),
                "every device changed on its twin: " + rows(rehearsal));
        driver.waitUntil("Apply to the devices enabled", () -> button("&Apply to the devices").isEnabled());
        String text = wizardText();
        assertAll(() -> assertTrue(text.contains("the twins start from the estate's values, not from the devices'"
                + " live state"), text),
                () -> assertTrue(text.contains("Rehearsal: 3 changed, 0 unchanged, 0 rolled back, 0 failed, 0 not"
                        + " started. The rehearsal's estate copy and journal are in "), text),
                () -> assertTrue(text.contains("its twins have stopped"), text),
                () -> assertTrue(!text.contains(Journal.besideEstate(session.file()).folder().toString()),
                        "the rehearsal's journal is not the estate's: " + text));
        screenshot("wizard-rehearsal.png", rehearsal);
        assertTrue(Files.isDirectory(rehearsalFolder(text).resolve("rehearsal.journal")), "the rehearsal's journal");
        // the estate's journal holds nothing of the rehearsal
        assertTrue(Files.notExists(Journal.besideEstate(session.file()).folder())
                || Journal.besideEstate(session.file()).ids().stream().noneMatch(id -> journalMentions(id,
                        "rtr-hh-t1")), "the rehearsal wrote the estate's journal");

        // the second copy's system asks for SIP@Home on an internal SIP port: its router refuses the forward
        OsbizSystem system = (OsbizSystem) session.resource().orElseThrow().getEObject("pbx-hh-t2");
        session.commandStack().execute(SetCommand.create(session.editingDomain(), system,
                EstatePackage.Literals.OSBIZ_SYSTEM__SIP_INTERNET_PORT, 5061));
        click(button("< &Back"));
        waitForPlan("rtr-hh-t2 (Test router 2)");
        click(button("&Rehearse on twins"));
        assertTrue(driver.holdsWithin(LONG_RUN, () -> !rehearsal.isDisposed() && rehearsal.getItemCount() == 3
                && rehearsal.getItem(2).getText(1).equals("refused") && wizardText().contains("Rehearsal: ")),
                "the refused device: " + rows(rehearsal));
        String refused = wizardText();
        rehearsalFolder(refused);
        assertAll(() -> assertTrue(refused.contains("The rehearsal failed on rtr-hh-t2 (Test router 2): "), refused),
                () -> assertTrue(rehearsal.getItem(2).getText(2).contains("an internal SIP port (F-23)"), rows(rehearsal)),
                () -> assertTrue(!button("&Apply to the devices").isEnabled(), "a failed rehearsal blocks the apply"),
                () -> assertTrue(button("< &Back").isEnabled(), "the operator can go back"));
        click(button("Cancel"));
        driver.waitUntil("the wizard closed", () -> wizard.isDisposed());
    }

    @Test
    void noRehearsalTwinIsLeftRunningOnceTheWizardIsClosed() throws Exception {
        copiesOfHamburg(1);
        select(session.resource().orElseThrow().getEObject("cust-nordhafen"));
        openWizard("Port forwarding");
        click(button("&Next >"));
        waitForPlan("rtr-hh-t1 (Test router 1)");
        java.time.Instant before = java.time.Instant.now().minusSeconds(1);
        click(button("&Rehearse on twins"));
        // the copy that points at the rehearsal's twins is written once they all listen
        Path[] simulated = new Path[1];
        assertTrue(driver.holdsWithin(LONG_RUN, () -> {
            try (var candidates = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                simulated[0] = candidates.filter(p -> p.getFileName().toString().startsWith("patchbay-rehearsal-"))
                        .map(p -> p.resolve("rehearsal.simulated.estate")).filter(Files::isRegularFile)
                        .filter(p -> p.toFile().lastModified() >= before.toEpochMilli()).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return false;
            }
            return simulated[0] != null;
        }), "the rehearsal's twins started");
        folders.add(simulated[0].getParent());
        click(button("Cancel"));
        if (!driver.holdsWithin(java.time.Duration.ofSeconds(5), () -> wizard.isDisposed())) {
            click(button("Cancel")); // the window system lost the click (seen under Xvfb on a loaded machine)
        }
        driver.waitUntil("the wizard closed", () -> wizard.isDisposed());

        List<java.net.InetSocketAddress> twins = new ArrayList<>();
        io.patchbay.model.EstateResources.load(simulated[0]).eAllContents().forEachRemaining(o -> {
            if (o instanceof CompanyRouter router && router.getHostAddress() != null) {
                twins.add(new java.net.InetSocketAddress(router.getHostAddress(), router.getSshPort()));
            }
        });
        assertEquals(2, twins.size(), "Hamburg's router and the copy's had twins: " + twins);
        for (java.net.InetSocketAddress twin : twins) {
            assertTrue(driver.holdsWithin(LONG_RUN, () -> {
                try (java.net.Socket socket = new java.net.Socket()) {
                    socket.connect(twin, 1000);
                    return false;
                } catch (java.io.IOException refused) {
                    return true;
                }
            }), "the rehearsal's twin on " + twin + " stopped");
        }
    }

    @Test
    void cancellingARunOnSlowTwinsLeavesEachRouterBeforeOrAfterAndJournalsTheRun() throws Exception {
        EstateSimulation simulation = simulation().orElse(null);
        Assumptions.assumeTrue(simulation != null, "the demo's twins did not start in this console, so the console"
                + " has no simulation to slow down: " + session.file());
        List<CompanyRouter> copies = copiesOfHamburg(2);
        select(copies.get(0).eContainer().eContainer());
        openWizard("Port forwarding");
        Spinner parallel = driver.find(wizard, Spinner.class, "the parallelism", s -> true);
        parallel.setSelection(1);
        parallel.notifyListeners(SWT.Modify, new Event());
        driver.waitUntil("one device at a time", () -> wizardText().contains("use: 1 device at once"));
        click(button("&Next >"));
        Map<String, String> before = new LinkedHashMap<>();
        for (String router : List.of("rtr-hh (Hamburg HQ internet router)", "rtr-hh-t1 (Test router 1)",
                "rtr-hh-t2 (Test router 2)")) {
            before.put(router, outline(waitForPlan(router)));
        }
        Button rehearse = driver.find(wizard, Button.class, "the rehearsal box",
                b -> (b.getStyle() & SWT.CHECK) != 0 && b.getText().equals("Rehearse on device &twins first"));
        click(rehearse);
        driver.waitUntil("the rehearsal unticked", () -> !rehearse.getSelection());

        Duration slow = Duration.ofMillis(400);
        simulation.slowAnswers(slow);
        started.stream().filter(BuffaloRouterTwin.class::isInstance).map(BuffaloRouterTwin.class::cast)
                .forEach(t -> t.slowAnswers(slow));
        click(button("&Apply"));
        Table progress = driver.waitFor("the apply page", () -> driver.findAll(wizard, Table.class,
                t -> t.isVisible() && t.getColumnCount() == 3 && t.getColumn(1).getText().equals("Status")
                        && t.getItemCount() == 3).stream().findFirst().orElse(null));
        assertTrue(driver.holdsWithin(LONG_RUN, () -> Arrays.stream(progress.getItems())
                .anyMatch(i -> !i.getText(1).equals("waiting"))), "a first device done: " + rows(progress));
        click(button("Cancel"));

        Table results = driver.waitFor("the result page", () -> driver.findAll(wizard, Table.class,
                t -> t.isVisible() && t.getColumnCount() == 3 && t.getColumn(1).getText().equals("Outcome")
                        && t.getItemCount() == 3).stream().findFirst().orElse(null));
        simulation.slowAnswers(Duration.ZERO);
        Map<String, String> outcome = new LinkedHashMap<>();
        for (TableItem row : results.getItems()) {
            outcome.put(row.getText(0), row.getText(1));
        }
        String summary = driver.findAll(wizard, Label.class, l -> l.isVisible() && l.getText().startsWith("Journal "))
                .stream().map(Label::getText).findFirst().orElse("(no journal line)");
        String journalId = summary.substring("Journal ".length(), Math.max(summary.indexOf(':'), "Journal ".length()));
        restore = () -> rollBack(journalId);
        assertAll(() -> assertTrue(outcome.containsValue("not started"), "a device not started: " + outcome),
                () -> assertTrue(outcome.values().stream().allMatch(o -> Set.of("changed", "unchanged", "rolled back",
                        "not started").contains(o)), "each device done, rolled back or not started: " + outcome),
                () -> assertTrue(Arrays.stream(results.getItems()).filter(i -> i.getText(1).equals("not started"))
                        .allMatch(i -> i.getText(2).equals("the run was cancelled before this device was touched")),
                        rows(results)),
                () -> assertTrue(summary.matches("Journal \\S+: .*\\d+ not started\\..*"), summary));

        // the journal holds the devices the run touched and none it did not start
        Set<String> journaled = Journal.besideEstate(session.file()).read(journalId).stream()
                .map(JournalEntry::device).collect(Collectors.toSet());
        Set<String> touched = new HashSet<>();
        outcome.forEach((device, o) -> {
            if (!o.equals("not started")) {
                touched.add(device.substring(0, device.indexOf(' ')));
            }
        });
        assertEquals(touched, journaled, "journal " + journalId + " against " + outcome);
        click(button("&Finish"));
        driver.waitUntil("the wizard closed", () -> wizard.isDisposed());
        JournalView journal = (JournalView) window.getActivePage().showView(PatchbayUi.JOURNAL_ID);
        journal.refresh();
        driver.waitUntil("the run in the Journal view", () -> Arrays.stream(journal.runs().getTable().getItems())
                .anyMatch(i -> i.getText(5).equals(journalId)));

        // each router's twin holds either the whole change or none of it
        window.getActivePage().activate(navigator);
        select(copies.get(0).eContainer().eContainer());
        openWizard("Port forwarding");
        click(button("&Next >"));
        for (Map.Entry<String, String> router : before.entrySet()) {
            TreeItem now = waitForPlan(router.getKey());
            String was = outcome.get(router.getKey());
            if (was.equals("changed") || was.equals("unchanged")) {
                assertEquals("already correct, nothing to do", now.getText(1), router.getKey() + " after the run");
            } else {
                assertEquals(router.getValue(), outline(now), router.getKey() + " untouched (" + was + ")");
            }
        }
        click(button("Cancel"));
        driver.waitUntil("the wizard closed", () -> wizard.isDisposed());
    }

    @Test
    void theSpeCertificateWizardImportsTheIssuedCertificateAndOffersTheLiveTest() throws Exception {
        Assumptions.assumeTrue(session.file().getFileName().toString().endsWith(".simulated.estate"),
                "the demo's twins did not start in this console, so there is no system to import into");
        OsbizSystem hamburg = (OsbizSystem) session.resource().orElseThrow().getEObject("pbx-hh");
        CredentialVault vault = service(CredentialVault.class);
        String[] serial = new String[1];
        session.commandStack().execute(new ChangeCommand(session.estate().orElseThrow()) {
            @Override
            protected void doExecute() {
                try {
                    EstateCertificates certificates = new EstateCertificates(session.estate().orElseThrow(),
                            session.file(), vault);
                    var ca = certificates.createCa(new CaRequest("wizard-test-ca",
                            new Subject("DE", "Nordhafen Logistik GmbH", "IT", "Wizard Test CA"), 0, null, 0, null));
                    var server = certificates.issueServer(new ServerRequest(null, ca.getId(), hamburg.getId(), null,
                            List.of(), 0, null, 0, null, null));
                    serial[0] = server.getSerialNumber().toString(16);
                    storedLogins.add(EstateCertificates.keyReference(ca.getId()));
                } catch (io.patchbay.provisioning.cert.CertificateException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        assertEquals(serial[0], hamburg.getSpeCertificate().getSerialNumber().toString(16), "issued for pbx-hh");

        select(hamburg);
        openWizard("SPE certificates");
        assertTrue(wizardText().contains("1 device: pbx-hh (Hamburg HQ OSBiz X3)."), wizardText());
        assertTrue(wizardText().contains("These devices break no estate rule."), wizardText());
        click(button("&Next >"));
        TreeItem plan = waitForPlan("pbx-hh (Hamburg HQ OSBiz X3)");
        assertEquals("1 setting to change", plan.getText(1), outline(plan));
        assertAll(() -> assertEquals("spe-certificate", plan.getItem(0).getText(0), outline(plan)),
                () -> assertEquals(serial[0], plan.getItem(0).getText(3), outline(plan)));
        click(button("&Apply"));
        Table results = driver.waitFor("the result page", () -> driver.findAll(wizard, Table.class,
                t -> t.isVisible() && t.getColumnCount() == 3 && t.getColumn(1).getText().equals("Outcome")
                        && t.getItemCount() > 0).stream().findFirst().orElse(null));
        assertEquals("changed", results.getItem(0).getText(1), rows(results));

        Button liveTest = button("&Run Device@Home ready on this device");
        assertTrue(liveTest.isEnabled(), "the live test is offered");
        assertTrue(wizardText().contains("Device@Home ready proves the change from outside, against real peers: it"
                + " tests ") && wizardText().contains("Hamburg HQ OSBiz X3"), wizardText());
        screenshot("wizard-livetest-offer.png", liveTest);
        click(liveTest);
        driver.waitUntil("the wizard closed for the live test", () -> wizard.isDisposed());
        LiveTestsView view = driver.waitFor("the Live Tests view",
                () -> (LiveTestsView) window.getActivePage().findView(PatchbayUi.LIVE_TESTS_ID));
        assertTrue(driver.holdsWithin(LONG_RUN, () -> view.job() != null && view.job().getResult() != null
                && view.tree().getTree().getItemCount() == 1),
                "Device@Home ready ran on the system: " + view.status());
        assertAll(() -> assertTrue(view.tree().getTree().getItem(0).getText().contains("Hamburg HQ OSBiz X3"),
                view.tree().getTree().getItem(0).getText()),
                () -> assertTrue(view.status().matches("\\d+ passed, \\d+ failed, \\d+ skipped.*"), view.status()));
        view.tree().getTree().getItem(0).setExpanded(true);
        view.tree().refresh();

        // verify: the twin holds the certificate, read back by a new plan
        window.getActivePage().activate(navigator);
        select(hamburg);
        openWizard("SPE certificates");
        click(button("&Next >"));
        assertEquals("already correct, nothing to do", waitForPlan("pbx-hh (Hamburg HQ OSBiz X3)").getText(1));
        click(button("&Finish"));
        driver.waitUntil("the wizard closed", () -> wizard.isDisposed());
    }

    // ------------------------------------------------------------------------------------------ helpers

    /**
     * Adds {@code n} copies of the Hamburg HQ site (ids and names with "-tN"/"Test … N") through the command stack;
     * each copy's router gets a fresh DD-WRT twin of its own, started here, with its login in the vault.
     */
    private List<CompanyRouter> copiesOfHamburg(int n) throws Exception {
        Site hamburg = (Site) session.resource().orElseThrow().getEObject("site-hh");
        Customer customer = (Customer) hamburg.eContainer();
        List<CompanyRouter> routers = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Site copy = EcoreUtil.copy(hamburg);
            String suffix = "-t" + i;
            copy.setName("Test site " + i);
            List<EObject> all = new ArrayList<>();
            all.add(copy);
            copy.eAllContents().forEachRemaining(all::add);
            for (EObject object : all) {
                if (object instanceof Identifiable identifiable && identifiable.getId() != null) {
                    identifiable.setId(identifiable.getId() + suffix);
                }
            }
            CompanyRouter router = copy.getRouters().stream().filter(CompanyRouter.class::isInstance)
                    .map(CompanyRouter.class::cast).findFirst().orElseThrow();
            router.setName("Test router " + i);
            char[] password = "Tw1n-router-login".toCharArray();
            Path state = Files.createTempDirectory("wizard-twin-");
            folders.add(state);
            BuffaloRouterTwin twin = BuffaloRouterTwin.builder(state).password(password).start();
            started.add(twin);
            String login = "vault:test-wizard/" + router.getId();
            service(CredentialVault.class).store(login, Credential.password(twin.username(), password));
            storedLogins.add(login);
            router.setHostAddress(twin.host());
            router.setSshPort(twin.port());
            router.setCredentialRef(login);
            router.setHostKeyFingerprint(twin.hostKeyFingerprint());
            session.commandStack().execute(AddCommand.create(session.editingDomain(), customer,
                    EstatePackage.Literals.CUSTOMER__SITES, copy));
            routers.add(router);
        }
        navigator.viewer().expandToLevel(4);
        return routers;
    }

    /** The temp folder a rehearsal names on its page; removed after the test. */
    private Path rehearsalFolder(String pageText) {
        java.util.regex.Matcher folder = java.util.regex.Pattern.compile("journal are in (\\S+); its twins")
                .matcher(pageText);
        assertTrue(folder.find(), "the rehearsal names its folder: " + pageText);
        folders.add(Path.of(folder.group(1)));
        return Path.of(folder.group(1));
    }

    /** Restores what journal run {@code journalId} changed, as the Journal view's rollback does. */
    private void rollBack(String journalId) {
        try (ProvisioningServices services = new ProvisioningServices(context())) {
            Provisioner portForwarding = services.provisioner("portforward").orElseThrow();
            ApplyRunner.builder(portForwarding, services.connector(session.file()))
                    .journal(Journal.besideEstate(session.file())).build()
                    .rollback(journalId, id -> (ManagedDevice) session.resource().orElseThrow().getEObject(id),
                            new NullProgressMonitor());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot roll back journal run " + journalId, e);
        }
    }

    private boolean journalMentions(String id, String device) {
        try {
            return Journal.besideEstate(session.file()).read(id).stream().anyMatch(e -> device.equals(e.device()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The console's running simulation, which it offers in the demo window's context beside the estate session. */
    private java.util.Optional<EstateSimulation> simulation() {
        return java.util.Optional.ofNullable(window.getService(EstateSimulation.class));
    }

    private void select(EObject object) {
        navigator.viewer().setSelection(new StructuredSelection(object), true);
        driver.waitUntil(object + " selected in the workbench",
                () -> window.getSelectionService().getSelection() instanceof IStructuredSelection s && s.size() == 1
                        && s.getFirstElement() == object);
    }

    /** Provision ▸ NAME… in the menu bar, as opening the menu and choosing the item does. */
    private void openWizard(String name) {
        MenuItem provision = Arrays.stream(window.getShell().getMenuBar().getItems())
                .filter(item -> item.getText().replace("&", "").equals("Provision")).findFirst()
                .orElseThrow(() -> new AssertionError("no Provision menu"));
        provision.getMenu().notifyListeners(SWT.Show, new Event());
        MenuItem item = Arrays.stream(provision.getMenu().getItems())
                .filter(i -> i.getText().equals(name + "\u2026")).findFirst()
                .orElseThrow(() -> new AssertionError("no Provision > " + name));
        provision.getMenu().notifyListeners(SWT.Hide, new Event());
        item.notifyListeners(SWT.Selection, new Event());
        wizard = driver.waitFor("the wizard " + name, () -> Arrays.stream(driver.display().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && ("Provision: " + name).equals(s.getText()))
                .findFirst().orElse(null));
    }

    /** Every text the wizard shows now: labels, the title area's message, read-only texts. */
    private String wizardText() {
        List<String> texts = new ArrayList<>();
        driver.findAll(wizard, Label.class, Control::isVisible).forEach(l -> texts.add(l.getText()));
        driver.findAll(wizard, CLabel.class, Control::isVisible).forEach(l -> texts.add(String.valueOf(l.getText())));
        driver.findAll(wizard, Text.class, Control::isVisible).forEach(t -> texts.add(t.getText()));
        return String.join("\n", texts);
    }

    private Button button(String text) {
        return driver.find(wizard, Button.class, "the button " + text, b -> text.equals(b.getText()));
    }

    /** Presses a button as a keyboard user does: focus on it, then the space bar through the window system. */
    private void click(Button button) {
        driver.waitUntil(button.getText() + " enabled", () -> !button.isDisposed() && button.isEnabled());
        wizard.forceActive();
        driver.waitUntil("the wizard active", () -> driver.display().getActiveShell() == wizard);
        button.setFocus();
        driver.waitUntil(button.getText() + " focused", () -> driver.display().getFocusControl() == button);
        driver.press(' ');
    }

    private Tree planTree() {
        return driver.find(wizard, Tree.class, "the plan", t -> t.isVisible() && t.getColumnCount() == 4);
    }

    /** The plan's row of a device, once the Job that reads the devices has finished. */
    private TreeItem waitForPlan(String device) {
        BooleanSupplier planned = () -> Arrays.stream(planTree().getItems())
                .anyMatch(i -> i.getText(0).equals(device) && !i.getText(1).isEmpty());
        assertTrue(driver.holdsWithin(LONG_RUN, planned), "the plan of " + device);
        return Arrays.stream(planTree().getItems()).filter(i -> i.getText(0).equals(device)).findFirst()
                .orElseThrow();
    }

    private Table rehearsalTable() {
        return driver.waitFor("the rehearsal page", () -> driver.findAll(wizard, Table.class,
                t -> t.isVisible() && t.getColumnCount() == 3 && t.getColumn(1).getText().equals("Rehearsal"))
                .stream().findFirst().orElse(null));
    }

    private static String outline(TreeItem device) {
        StringBuilder text = new StringBuilder(device.getText(0) + " | " + device.getText(1));
        for (TreeItem setting : device.getItems()) {
            text.append("\n  ").append(setting.getText(0)).append(" | ").append(setting.getText(2))
                    .append(" \u2192 ").append(setting.getText(3));
        }
        return text.toString();
    }

    private static String rows(Table table) {
        return table.isDisposed() ? "(closed)" : Arrays.stream(table.getItems())
                .map(i -> i.getText(0) + " | " + i.getText(1) + " | " + i.getText(2))
                .collect(Collectors.joining("\n", "\n", ""));
    }

    private Station station(String name) {
        Station[] found = new Station[1];
        session.estate().orElseThrow().eAllContents().forEachRemaining(o -> {
            if (o instanceof Station s && name.equals(s.getName())) {
                found[0] = s;
            }
        });
        assertTrue(found[0] != null, "the demo estate has a station named " + name);
        return found[0];
    }

    private void screenshot(String name, Control painted) throws Exception {
        ImageData last = driver.capture(wizard);
        for (int round = 0; round < 30; round++) {
            Thread.sleep(100);
            driver.flush();
            ImageData now = driver.capture(wizard);
            if (Arrays.equals(now.data, last.data)) {
                break;
            }
            last = now;
        }
        Path file = driver.save(last, screenshots().resolve(name));
        assertTrue(Files.size(file) > 0, "screenshot written to " + file);
        org.eclipse.swt.graphics.Point origin = painted.toDisplay(0, 0);
        org.eclipse.swt.graphics.Rectangle shell = wizard.getBounds();
        org.eclipse.swt.graphics.Rectangle area = new org.eclipse.swt.graphics.Rectangle(origin.x - shell.x,
                origin.y - shell.y, painted.getSize().x, Math.min(painted.getSize().y, 80));
        int ink = SwtDriver.inkPixels(last, area, painted.getBackground().getRGB());
        assertTrue(ink > 50, name + ": the control is painted with text: " + ink + " dark pixels, see " + file);
    }

    private static BundleContext context() {
        return FrameworkUtil.getBundle(ProvisioningWizardFlowTest.class).getBundleContext();
    }

    private static <S> S service(Class<S> type) {
        ServiceReference<S> reference = context().getServiceReference(type);
        assertTrue(reference != null, "no " + type.getSimpleName() + " service");
        return context().getService(reference);
    }

    private static Path screenshots() {
        return Path.of(System.getProperty("patchbay.screenshots", "target/screenshots"));
    }
}
