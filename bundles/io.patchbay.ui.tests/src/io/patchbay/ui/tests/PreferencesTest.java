package io.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IDialogPage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.patchbay.livetest.LiveTestRequest;
import io.patchbay.probe.HostAndPort;
import io.patchbay.ui.internal.preferences.ConsolePreferences;
import io.patchbay.ui.testing.SwtDriver;

/**
 * Window ▸ Preferences: the console's pages validate what the operator types (the error names the field and the
 * allowed range, OK is disabled), store what is valid, and the wizards and the Live Tests view read it back.
 */
class PreferencesTest {

    private final SwtDriver driver = SwtDriver.onCurrentDisplay();
    private IWorkbenchWindow window;
    private PreferenceDialog dialog;

    @BeforeEach
    void findTheWindow() {
        window = driver.waitFor("the workbench window", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
    }

    @AfterEach
    void closeTheDialogAndRestoreTheDefaults() throws Exception {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        InstanceScope.INSTANCE.getNode(ConsolePreferences.QUALIFIER).clear();
        InstanceScope.INSTANCE.getNode(ConsolePreferences.QUALIFIER).flush();
        driver.flush();
    }

    @Test
    void parallelismZeroIsRefusedAndFourIsStoredForTheWizards() {
        open("io.patchbay.ui.preferences.provisioning");
        Text parallelism = field("Parallelism (devices at once):");
        assertEquals(String.valueOf(ConsolePreferences.DEFAULT_PARALLELISM), parallelism.getText());

        type(parallelism, "0");
        driver.waitUntil("the error message", () -> dialogMessage().contains("Parallelism"));
        settleForThePicture();
        Path file = driver.save(driver.capture(dialog.getShell()), screenshots().resolve("preferences.png"));
        assertAll(() -> assertEquals("Parallelism must be 1 to 256.", dialogMessage()),
                () -> assertFalse(okButton().isEnabled(), "OK disabled while the value is wrong"),
                () -> assertTrue(Files.size(file) > 0, "screenshot " + file));

        type(parallelism, "4");
        driver.waitUntil("OK enabled again", () -> okButton().isEnabled());
        okButton().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        driver.waitUntil("the dialog closed", () -> dialog.getShell() == null || dialog.getShell().isDisposed());

        // what ApplyPage builds its ApplyRunner with
        assertEquals(4, new ConsolePreferences().parallelism());
        assertEquals("4", InstanceScope.INSTANCE.getNode(ConsolePreferences.QUALIFIER)
                .get("provisioning.parallelism", null), "stored in the console's instance scope");
    }

    @Test
    void theCommitConfirmWindowMayBeTurnedOffWithZero() {
        open("io.patchbay.ui.preferences.provisioning");
        type(field("Commit-confirm window (seconds, 0 = off):"), "0");
        driver.waitUntil("OK enabled", () -> okButton().isEnabled());
        okButton().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        driver.waitUntil("the dialog closed", () -> dialog.getShell() == null || dialog.getShell().isDisposed());
        assertEquals(Duration.ZERO, new ConsolePreferences().confirmWithin());
    }

    @Test
    void aProbeTimeoutBelowTheRangeNamesTheFieldAndTheRange() {
        open("io.patchbay.ui.preferences.liveTests");
        Text timeout = field("Probe timeout (milliseconds):");
        assertEquals("3000", timeout.getText());
        type(timeout, "50");
        driver.waitUntil("the error message", () -> dialogMessage().contains("Probe timeout"));
        assertAll(() -> assertEquals("Probe timeout must be 100 to 60000 ms.", dialogMessage()),
                () -> assertFalse(okButton().isEnabled(), "OK disabled"));
        type(timeout, "1500");
        driver.waitUntil("OK enabled", () -> okButton().isEnabled());
        okButton().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        driver.waitUntil("the dialog closed", () -> dialog.getShell() == null || dialog.getShell().isDisposed());
        // what the Live Tests view builds its request with
        assertEquals(Duration.ofMillis(1500), new ConsolePreferences().probeTimeout());
    }

    @Test
    void aStunServerWithABadPortNamesTheFieldAndAGoodOneReachesTheLiveTests() {
        open("io.patchbay.ui.preferences.liveTests");
        Text stun = field("STUN server for systems that name none (host:port):");
        assertEquals("", stun.getText(), "none by default");
        type(stun, "stun.example.net:99999");
        driver.waitUntil("the error message", () -> dialogMessage().contains("STUN server"));
        assertAll(() -> assertTrue(dialogMessage().startsWith("STUN server for systems that name none: port 99999"
                + " is not between 1 and 65535"), dialogMessage()),
                () -> assertFalse(okButton().isEnabled(), "OK disabled while the STUN server is wrong"));
        type(stun, "127.0.0.1:3478");
        driver.waitUntil("OK enabled", () -> okButton().isEnabled());
        okButton().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        driver.waitUntil("the dialog closed", () -> dialog.getShell() == null || dialog.getShell().isDisposed());

        ConsolePreferences preferences = new ConsolePreferences();
        // what the Live Tests view builds its request with
        LiveTestRequest request = preferences.applyTo(LiveTestRequest.all());
        assertAll(() -> assertEquals(Optional.of(new HostAndPort("127.0.0.1", 3478)), preferences.stunFallback()),
                () -> assertEquals(Optional.of(new HostAndPort("127.0.0.1", 3478)), request.stunFallbackServer()),
                () -> assertEquals(List.of(), request.servicelinkEndpoints(), "the shipped defaults apply"));
    }

    @Test
    void servicelinkEndpointsAreAddedValidatedStoredAndShownAgain() {
        open("io.patchbay.ui.preferences.liveTests");
        org.eclipse.swt.widgets.List list = endpointList();
        assertEquals(0, list.getItemCount(), "empty: the shipped defaults");
        type(field("Endpoint role:"), "relay one");
        type(field("Endpoint host:port:"), "192.0.2.10:8443");
        press("&Add");
        type(field("Endpoint role:"), "relay two");
        type(field("Endpoint host:port:"), "192.0.2.11:0");
        driver.waitUntil("the error message", () -> dialogMessage().contains("host:port"));
        assertAll(() -> assertTrue(dialogMessage().startsWith("RSP.servicelink endpoint host:port: port 0 is not"
                + " between 1 and 65535"), dialogMessage()),
                () -> assertFalse(okButton().isEnabled(), "OK disabled while the endpoint is wrong"),
                () -> assertFalse(button("&Add").isEnabled(), "Add disabled while the endpoint is wrong"));
        type(field("Endpoint host:port:"), "192.0.2.11");
        driver.waitUntil("OK enabled", () -> okButton().isEnabled());
        press("&Add");
        assertEquals(List.of("192.0.2.10:8443 relay one", "192.0.2.11:443 relay two"),
                List.of(list.getItems()), "the port defaults to 443");
        settleForThePicture();
        driver.save(driver.capture(dialog.getShell()), screenshots().resolve("preferences-live-tests.png"));
        okButton().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        driver.waitUntil("the dialog closed", () -> dialog.getShell() == null || dialog.getShell().isDisposed());

        assertEquals(List.of(new LiveTestRequest.Endpoint("relay one", "192.0.2.10", 8443),
                new LiveTestRequest.Endpoint("relay two", "192.0.2.11", 443)),
                new ConsolePreferences().applyTo(LiveTestRequest.all()).servicelinkEndpoints(),
                "what the Live Tests view runs with");

        open("io.patchbay.ui.preferences.liveTests");
        org.eclipse.swt.widgets.List again = endpointList();
        assertEquals(List.of("192.0.2.10:8443 relay one", "192.0.2.11:443 relay two"), List.of(again.getItems()));
        again.setSelection(0);
        again.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals("relay one", field("Endpoint role:").getText(), "the selected endpoint fills the fields");
        type(field("Endpoint host:port:"), "192.0.2.12:8443");
        press("&Edit");
        again.setSelection(1);
        again.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        press("&Remove");
        okButton().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        driver.waitUntil("the dialog closed", () -> dialog.getShell() == null || dialog.getShell().isDisposed());
        assertEquals(List.of(new LiveTestRequest.Endpoint("relay one", "192.0.2.12", 8443)),
                new ConsolePreferences().servicelinkEndpoints());
    }

    @Test
    void theVaultPageShowsWhereTheVaultIsAndNoSecret() {
        open("io.patchbay.ui.preferences.vault");
        String shown = driver.findAll(dialog.getShell(), Text.class, t -> true).stream().map(Text::getText)
                .collect(Collectors.joining("\n"));
        Path home = Path.of(System.getProperty("patchbay.home"));
        assertAll(() -> assertTrue(shown.contains(home.resolve("vault").resolve("secure_storage").toAbsolutePath()
                .toString()), shown),
                () -> assertTrue(shown.matches("(?s).*\\d+ credentials?.*"), "the number of credentials: " + shown));
    }

    /** GTK paints on its frame clock, after the events are handled: give it a moment before taking a picture. */
    private void settleForThePicture() {
        driver.holdsWithin(Duration.ofMillis(600), () -> false);
    }

    private void open(String page) {
        dialog = PreferencesUtil.createPreferenceDialogOn(window.getShell(), page, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        driver.waitUntil("the preferences dialog", () -> dialog.getShell().isVisible());
    }

    private Text field(String label) {
        Label named = driver.find(dialog.getShell(), Label.class, "the label " + label,
                l -> l.getText().replace("&", "").equals(label));
        Control[] siblings = named.getParent().getChildren();
        return (Text) siblings[Arrays.asList(siblings).indexOf(named) + 1];
    }

    private void type(Text text, String value) {
        text.setFocus();
        text.selectAll();
        for (char c : value.toCharArray()) {
            driver.press(c);
        }
        driver.flush();
        assertEquals(value, text.getText(), "typed into the field");
    }

    private org.eclipse.swt.widgets.List endpointList() {
        return driver.find(dialog.getShell(), org.eclipse.swt.widgets.List.class, "the endpoint list", l -> true);
    }

    private Button button(String text) {
        return driver.find(dialog.getShell(), Button.class, "the button " + text, b -> b.getText().equals(text));
    }

    private void press(String text) {
        Button button = button(text);
        assertTrue(button.isEnabled(), text + " enabled");
        button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        driver.flush();
    }

    private String dialogMessage() {
        String error = ((IDialogPage) dialog.getSelectedPage()).getErrorMessage();
        return error == null ? "" : error;
    }

    private Button okButton() {
        return driver.findAll(dialog.getShell(), Button.class,
                b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData())).get(0);
    }

    private static Path screenshots() {
        return Path.of(System.getProperty("patchbay.screenshots", "target/screenshots"));
    }
}
