package io.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.patchbay.core.CredentialVault;
import io.patchbay.core.DeviceAddress;
import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.ApplyRunner;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.core.transportlog.SecretMasker;
import io.patchbay.core.transportlog.TransportLog;
import io.patchbay.core.transportlog.TransportLogWriter;
import io.patchbay.model.ManagedDevice;
import io.patchbay.ui.PatchbayUi;
import io.patchbay.ui.internal.ConsoleView;
import io.patchbay.ui.internal.EstateNavigator;
import io.patchbay.ui.internal.EstateSession;
import io.patchbay.ui.internal.provisioning.ProvisioningServices;
import io.patchbay.ui.testing.SwtDriver;

/**
 * The Console view on the demo console: planning a port-forwarding change for one router reads the router's NVRAM
 * over SSH, and the Console shows the router's lines (connect, host key, the command sent, the answer, disconnect)
 * without its password; the filter, Save as… and selecting a line work as an operator expects.
 */
class ConsoleViewTest {

    private static final String PORT_FORWARDING = "portforward";

    private final SwtDriver driver = SwtDriver.onCurrentDisplay();

    @Test
    void aPlanOnARouterShowsItsSshLinesInTheConsoleWithoutThePassword() throws Exception {
        IWorkbenchWindow window = driver.waitFor("the workbench window",
                () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        EstateSession session = window.getService(EstateSession.class);
        Path file = session.file();
        Assumptions.assumeTrue(file.getFileName().toString().endsWith(".simulated.estate"),
                "the demo's twins did not start in this console, so no device answers: " + file);
        BundleContext context = FrameworkUtil.getBundle(ConsoleViewTest.class).getBundleContext();
        ProvisioningServices services = new ProvisioningServices(context);
        Provisioner portForwarding = services.provisioner(PORT_FORWARDING).orElseThrow();
        List<ManagedDevice> routers = new ArrayList<>();
        session.estate().orElseThrow().eAllContents().forEachRemaining(o -> {
            if (o instanceof ManagedDevice device && portForwarding.appliesTo(device)) {
                routers.add(device);
            }
        });
        ManagedDevice router = routers.get(0);
        String password = password(context, router);

        ConsoleView console = (ConsoleView) window.getActivePage().showView(PatchbayUi.CONSOLE_ID);
        Table table = console.table();
        ApplyReport plan = ApplyRunner.builder(portForwarding, services.connector(file)).build()
                .plan(List.of(router), new NullProgressMonitor());
        services.close();
        assertNotNull(plan.result(router.getId()).plan(), "the router could not be read: "
                + plan.result(router.getId()).reason());

        String name = router.getName();
        driver.waitUntil(name + "'s disconnect in the Console", () -> rows(table).stream()
                .anyMatch(row -> row[1].startsWith(name + " (") && row[4].equals("disconnected")));
        List<String[]> lines = rows(table).stream().filter(row -> row[1].startsWith(name + " (")).toList();
        String shown = String.join("\n", lines.stream().map(row -> String.join(" ", row)).toList());
        assertAll(
                () -> assertTrue(lines.stream().anyMatch(row -> row[2].equals("ssh") && row[3].equals("\u2192")
                        && row[4].startsWith("nvram get ")), shown),
                () -> assertTrue(lines.stream().anyMatch(row -> row[3].equals("\u2190")), shown),
                () -> assertTrue(lines.stream().anyMatch(row -> row[3].equals("\u2022")
                        && row[4].startsWith("host key SHA256:")), shown),
                () -> assertTrue(lines.stream().anyMatch(row -> row[4].startsWith("authenticated as ")), shown),
                () -> assertTrue(lines.get(0)[0].matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}"), lines.get(0)[0]),
                () -> assertFalse(shown.contains(password), "the Console shows the router's password:\n" + shown));

        // the filter keeps this router's lines only
        Text filter = driver.find(window.getShell(), Text.class, "the Console's filter box",
                t -> "Filter: device or text".equals(t.getMessage()));
        filter.setText(name);
        driver.waitUntil("only " + name + "'s lines after filtering", () -> table.getItemCount() > 0 && rows(table)
                .stream().allMatch(row -> (row[1] + " " + row[4]).contains(name)));
        assertTrue(console.status().matches(table.getItemCount() + " of \\d+ lines"), console.status());

        window.getShell().update(); // the picture shows the filtered lines, not the ones before
        driver.flush();
        driver.save(driver.capture(window.getShell()), Path.of(System.getProperty("patchbay.screenshots",
                "target/screenshots"), "console.png"));

        // Save as… writes what is shown, still without the password
        Path saved = Files.createTempFile("patchbay-console", ".log");
        console.saveTo(saved);
        String text = Files.readString(saved, StandardCharsets.UTF_8);
        assertAll(() -> assertTrue(text.contains(" ssh \u2192 nvram get "), text),
                () -> assertFalse(text.contains(password), text),
                () -> assertEquals(table.getItemCount(), text.lines().count()));

        // a line leads to its device in the navigator
        TableItem last = table.getItem(table.getItemCount() - 1);
        table.showItem(last);
        driver.flush(); // the table scrolls when it has laid out: the row's place on the screen is known after that
        driver.click(table, last.getBounds(1));
        EstateNavigator navigator = (EstateNavigator) window.getActivePage().findView(PatchbayUi.ESTATE_NAVIGATOR_ID);
        driver.waitUntil(name + " selected in the navigator", () -> ((IStructuredSelection) navigator.viewer()
                .getSelection()).getFirstElement() == router);
        filter.setText("");
    }

    @Test
    void aFloodOfLinesFromABulkApplyKeepsTheNewestAndPauseHoldsTheViewStill() throws Exception {
        IWorkbenchWindow window = driver.waitFor("the workbench window",
                () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        ConsoleView console = (ConsoleView) window.getActivePage().showView(PatchbayUi.CONSOLE_ID);
        Table table = console.table();
        driver.find(window.getShell(), Text.class, "the Console's filter box",
                t -> "Filter: device or text".equals(t.getMessage())).setText(""); // every line is shown
        BundleContext context = FrameworkUtil.getBundle(ConsoleViewTest.class).getBundleContext();
        ServiceTracker<TransportLog, TransportLog> logs = new ServiceTracker<>(context, TransportLog.class, null);
        logs.open();
        try {
            TransportLog log = Optional.ofNullable(logs.waitForService(10_000)).orElseThrow();
            TransportLogWriter writer = log.writer("bulk-router", DeviceAddress.of("192.0.2.77", 22), "ssh",
                    SecretMasker.patternsOnly());
            int lines = ConsoleView.MAX_LINES * 2;
            // as many lines as a bulk apply writes, from another thread, as the transports do
            Thread flood = new Thread(() -> {
                for (int i = 1; i <= lines; i++) {
                    writer.received("forward_port line " + i);
                }
            }, "bulk apply");
            flood.start();
            driver.waitUntil("the last of " + lines + " lines in the Console", () -> table.getItemCount() > 0
                    && table.getItem(table.getItemCount() - 1).getText(4).equals("forward_port line " + lines));
            flood.join();
            assertAll(() -> assertEquals(ConsoleView.MAX_LINES, table.getItemCount()),
                    () -> assertEquals(ConsoleView.MAX_LINES + " lines, max " + ConsoleView.MAX_LINES,
                            console.status()));

            Button pause = driver.find(window.getShell(), Button.class, "the Console's Pause button",
                    b -> "Pause".equals(b.getText()));
            driver.save(driver.capture(window.getShell()), Path.of(System.getProperty("patchbay.screenshots",
                    "target/screenshots"), "console-flood.png"));
            Label status = driver.find(window.getShell(), Label.class, "the Console's status line",
                    l -> l.getText().equals(console.status()));
            toggle(pause, status);
            assertTrue(pause.getSelection(), "Pause stays pressed after a click");
            writer.error("while paused");
            driver.waitUntil("the paused Console counting the new line", () -> console.status().contains("(1 new)"));
            assertEquals("forward_port line " + lines, table.getItem(table.getItemCount() - 1).getText(4));
            toggle(pause, status);
            assertFalse(pause.getSelection(), "Pause released after a second click");
            driver.waitUntil("the new line after resuming", () -> table.getItem(table.getItemCount() - 1)
                    .getText(4).equals("while paused"));
            assertEquals("!", table.getItem(table.getItemCount() - 1).getText(3));
        } finally {
            logs.close();
        }
    }

    /**
     * Clicks a toggle button once, as a user would. Under Xvfb a click can be lost while the workbench settles, or
     * when the pointer already rests on the button (no enter event): the pointer first leaves it for a neutral spot,
     * and a lost click is repeated.
     */
    private void toggle(Button button, Label neutral) {
        boolean before = button.getSelection();
        for (int attempt = 0; attempt < 3 && button.getSelection() == before; attempt++) {
            driver.click(neutral, new Rectangle(0, 0, Math.min(20, neutral.getSize().x), neutral.getSize().y));
            driver.click(button, new Rectangle(0, 0, button.getSize().x, button.getSize().y));
            driver.holdsWithin(java.time.Duration.ofSeconds(5), () -> button.getSelection() != before);
        }
    }

    /** Every line the table shows: time, device, transport, direction marker, text. */
    private static List<String[]> rows(Table table) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            TableItem item = table.getItem(i);
            rows.add(new String[] {item.getText(0), item.getText(1), item.getText(2), item.getText(3),
                item.getText(4)});
        }
        return rows;
    }

    /** The router's password as the vault holds it, to look for it in what the Console shows. */
    private static String password(BundleContext context, ManagedDevice router) throws Exception {
        ServiceTracker<CredentialVault, CredentialVault> vaults = new ServiceTracker<>(context, CredentialVault.class,
                null);
        vaults.open();
        try {
            CredentialVault vault = Optional.ofNullable(vaults.waitForService(10_000)).orElseThrow();
            char[] secret = vault.resolve(router.getCredentialRef()).secret();
            assertTrue(secret.length >= 6, "the demo router's password is too short to be looked for");
            return new String(secret);
        } finally {
            vaults.close();
        }
    }
}
