package io.patchbay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.internal.CommandLauncher;
import io.patchbay.demo.DemoEstate;
import io.patchbay.model.EstateResources;
import io.patchbay.model.Station;

/** {@code patchbay import --csv} and {@code patchbay export --csv} as a script and an operator see them. */
class CsvCommandsTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path folder;

    private Path estate;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void installDemo() {
        estate = DemoEstate.copyTo(folder.resolve("demo.estate"));
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new CommandLauncher(FrameworkUtil.getBundle(CommandLauncher.class).getBundleContext()).execute(args,
                new PrintWriter(out), new PrintWriter(err));
    }

    private Path csv(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void importAddsAndUpdatesAndSaysHowMany() throws IOException {
        Path file = csv("stations.csv", """
                system,number,name,type
                pbx-hh,110,Night desk,SIP_CLIENT
                pbx-hh,101,Jana Petersen-Kühl,
                """);
        assertEquals(ExitCodes.OK, run("import", "--csv", "stations", file.toString(), "--into", estate.toString()));
        assertAll(() -> assertEquals("imported 2 stations into demo.estate: 1 new, 1 updated" + NL, out.toString()),
                () -> assertEquals("", err.toString()));
        var stations = new java.util.ArrayList<Station>();
        EstateResources.load(estate).eAllContents().forEachRemaining(o -> {
            if (o instanceof Station s) {
                stations.add(s);
            }
        });
        assertTrue(stations.stream().anyMatch(s -> "pbx-hh-st-110".equals(s.getId())
                && "Night desk".equals(s.getName())), "the new station is saved");
        assertTrue(stations.stream().anyMatch(s -> "Jana Petersen-Kühl".equals(s.getName())), "the update is saved");
    }

    @Test
    void aBadFileListsEveryProblemAndLeavesTheEstateFileByteForByteUntouched() throws IOException {
        byte[] before = Files.readAllBytes(estate);
        FileTime modified = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(estate, modified);
        Path file = csv("stations.csv", """
                system,number,type
                pbx-hh,120,SIP_CLIENT
                pbx-hh,121,SIPP
                pbx-xx,122,SIP_CLIENT
                """);
        assertEquals(ExitCodes.USAGE, run("import", "--csv", "stations", file.toString(), "--into", estate.toString()));
        assertAll(() -> assertEquals("stations.csv:3: column 'type': 'SIPP' is not one of SYSTEM_CLIENT_HFA, SIP_CLIENT"
                + NL + "stations.csv:4: column 'system': no OpenScape Business system has id 'pbx-xx'; the estate has "
                + "pbx-hh, pbx-hl" + NL + "patchbay import: 2 problems in " + file + "; nothing imported, " + estate
                + " is unchanged" + NL, err.toString()),
                () -> assertEquals("", out.toString()),
                () -> assertArrayEquals(before, Files.readAllBytes(estate)),
                () -> assertEquals(modified, Files.getLastModifiedTime(estate), "the file was not even rewritten"));
    }

    @Test
    void aPasswordColumnIsRefusedWithTheWayToTheVault() throws IOException {
        Path file = csv("stations.csv", "system,number,password\npbx-hh,120,Secret123\n");
        assertEquals(ExitCodes.USAGE, run("import", "--csv", "stations", file.toString(), "--into", estate.toString()));
        assertTrue(err.toString().startsWith("stations.csv:1: column 'password': passwords and other secrets never "
                + "travel in CSV files; store the password in the vault and put its vault reference in column "
                + "'passwordRef'" + NL), err.toString());
    }

    @Test
    void anUnreadableEstateOrCsvOrUnknownKindIsOneLineAndExitCodeTwo() throws IOException {
        Path file = csv("stations.csv", "system,number\npbx-hh,120\n");
        Path broken = Files.writeString(folder.resolve("broken.estate"), "<estate:Estate oops");
        Path missing = folder.resolve("missing.csv");
        assertAll(() -> {
            assertEquals(ExitCodes.USAGE, run("import", "--csv", "stations", file.toString(), "--into",
                    broken.toString()));
            assertTrue(err.toString().startsWith("patchbay import: cannot read the estate " + broken + ":1:"),
                    err.toString());
            assertEquals(1, err.toString().lines().count(), err.toString());
        }, () -> {
            assertEquals(ExitCodes.USAGE, run("import", "--csv", "stations", missing.toString(), "--into",
                    estate.toString()));
            assertEquals("patchbay import: cannot read " + missing + ": no such file; check the path" + NL,
                    err.toString());
        }, () -> {
            assertEquals(ExitCodes.USAGE, run("import", "--csv", "phones", file.toString(), "--into",
                    estate.toString()));
            assertEquals("patchbay import: unknown kind 'phones' after --csv; use one of stations, devices, routers, "
                    + "forwarding-rules, outbound-allowances" + NL, err.toString());
        });
    }

    @Test
    void exportWritesCsvToStandardOutput() {
        assertEquals(ExitCodes.OK, run("export", "--csv", "routers", "--from", estate.toString()));
        String[] lines = out.toString().split("\n");
        assertAll(() -> assertEquals(5, lines.length, out.toString()),
                () -> assertTrue(lines[0].startsWith("id,site,kind,name,hostAddress,sshPort,"), lines[0]),
                () -> assertTrue(lines[1].startsWith("rtr-hh,site-hh,company,Hamburg HQ internet router,10.10.0.1,22,"),
                        lines[1]),
                () -> assertEquals("", err.toString()));
    }

    @Test
    void anExportedFileImportsBackIntoAnEstateWithoutThoseObjects() throws IOException {
        Path csv = folder.resolve("out/devices.csv");
        assertEquals(ExitCodes.OK, run("export", "--csv", "devices", "--from", estate.toString(), "--output",
                csv.toString()));
        assertEquals("exported 8 devices from demo.estate to " + csv + NL, out.toString());
        Path plain = Files.writeString(csv.resolveSibling("plain.txt"), "");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(csv),
                "the CSV gets the permissions of any new file, not owner-only ones of a temporary file");
        String shipped = Files.readString(estate);

        var emptied = EstateResources.load(estate);
        var devices = new java.util.ArrayList<org.eclipse.emf.ecore.EObject>();
        emptied.eAllContents().forEachRemaining(o -> {
            if (o instanceof io.patchbay.model.Device) {
                devices.add(o);
            }
        });
        devices.forEach(org.eclipse.emf.ecore.util.EcoreUtil::remove);
        EstateResources.save(emptied, estate);

        assertEquals(ExitCodes.OK, run("import", "--csv", "devices", csv.toString(), "--into", estate.toString()));
        assertEquals("imported 8 devices into demo.estate: 8 new, 0 updated" + NL, out.toString());
        assertEquals(shipped, Files.readString(estate));
    }

    @Test
    void exportedOutboundAllowancesImportBackIntoAnEstateWithoutThem() throws IOException {
        Path csv = folder.resolve("outbound-allowances.csv");
        assertEquals(ExitCodes.OK, run("export", "--csv", "outbound-allowances", "--from", estate.toString(),
                "--output", csv.toString()));
        assertEquals("exported 4 outbound-allowances from demo.estate to " + csv + NL, out.toString());
        String shipped = Files.readString(estate);

        var emptied = EstateResources.load(estate);
        emptied.eAllContents().forEachRemaining(o -> {
            if (o instanceof io.patchbay.model.CompanyRouter router) {
                router.getOutboundAllowances().clear();
            }
        });
        EstateResources.save(emptied, estate);

        assertEquals(ExitCodes.OK, run("import", "--csv", "outbound-allowances", csv.toString(), "--into",
                estate.toString()));
        assertEquals("imported 4 outbound-allowances into demo.estate: 4 new, 0 updated" + NL, out.toString());
        assertEquals(shipped, Files.readString(estate));
    }

    @Test
    void helpOfImportNamesTheKindsAndTheOptions() {
        assertEquals(ExitCodes.OK, run("import", "--help"));
        String help = out.toString();
        assertAll(() -> assertTrue(help.startsWith("Usage: patchbay import [-hV] --csv=KIND --into=ESTATE FILE"),
                help), () -> assertTrue(help.replaceAll("\\s+", " ").contains(
                        "--csv=KIND what the rows are: stations, devices, routers, forwarding-rules or "
                                + "outbound-allowances"), help),
                () -> assertTrue(help.lines().allMatch(line -> line.length() <= 80), help));
    }
}
