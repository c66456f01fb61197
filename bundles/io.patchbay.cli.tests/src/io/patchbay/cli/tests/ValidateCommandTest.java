package io.patchbay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.internal.CommandLauncher;
import io.patchbay.demo.DemoEstate;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateResources;
import io.patchbay.model.Station;

/** {@code patchbay validate}: what a script sees for a clean, a broken and an unreadable estate. */
class ValidateCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLauncher(FrameworkUtil.getBundle(CommandLauncher.class).getBundleContext())
                .execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void theDemoEstateIsClean() {
        Path demo = DemoEstate.installInto(folder);
        assertEquals(ExitCodes.OK, run("validate", demo.toString()));
        assertEquals("demo.estate: 0 errors, 0 warnings" + NL, out.toString());
    }

    @Test
    void aBrokenRuleIsOneLineWithItsIdAndExitCodeOne() throws IOException {
        Path file = brokenCopy();
        assertEquals(ExitCodes.FINDINGS, run("validate", file.toString()));
        List<String> lines = out.toString().lines().toList();
        assertAll(() -> assertEquals(2, lines.size(), out.toString()),
                () -> assertEquals("error   F-07  Station 101 (Jana Petersen): SBC flag set but authentication is off"
                        + " (F-07); enable authentication and set a strong password", lines.get(0)),
                () -> assertEquals("broken.estate: 1 error, 0 warnings", lines.get(1)));
    }

    @Test
    void jsonNamesRuleObjectAndMessage() throws IOException {
        Path file = brokenCopy();
        assertEquals(ExitCodes.FINDINGS, run("validate", file.toString(), "--format", "json"));
        Map<String, Object> report = new Gson().fromJson(out.toString(), new TypeToken<Map<String, Object>>() {
        }.getType());
        @SuppressWarnings("unchecked")
        Map<String, Object> finding = ((List<Map<String, Object>>) report.get("findings")).get(0);
        assertAll(() -> assertEquals(1.0, report.get("errors")),
                () -> assertEquals("F-07", finding.get("rule")),
                () -> assertEquals("error", finding.get("severity")),
                () -> assertEquals("pbx-hh-st-101", finding.get("object")),
                () -> assertTrue(((String) finding.get("message")).startsWith("Station 101 (Jana Petersen)")));
    }

    @Test
    void anUnreadableFileIsOneLocatedLineAndExitCodeTwo() throws IOException {
        Path file = Files.writeString(folder.resolve("cut.estate"), "<?xml version=\"1.0\"?>\n<estate:Estate");
        assertEquals(ExitCodes.USAGE, run("validate", file.toString()));
        assertTrue(err.toString().startsWith("patchbay validate: cannot read the estate " + file + ":2:"),
                err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertEquals("", out.toString());
    }

    /** The demo estate with one break: station 101 keeps its SBC flag but loses authentication (F-07). */
    private Path brokenCopy() throws IOException {
        Estate estate = EstateResources.load(DemoEstate.installInto(folder));
        estate.eAllContents().forEachRemaining(o -> {
            if (o instanceof Station station && "101".equals(station.getNumber())) {
                assertTrue(station.isSbcFlag(), "station 101 of the demo has the SBC flag");
                station.setAuthentication(false);
            }
        });
        Path broken = folder.resolve("broken.estate");
        EstateResources.save(estate, broken);
        return broken;
    }
}
