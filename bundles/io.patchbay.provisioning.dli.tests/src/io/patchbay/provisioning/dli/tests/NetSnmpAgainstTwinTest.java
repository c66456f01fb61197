package io.patchbay.provisioning.dli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.provisioning.dli.DliMib;
import io.patchbay.simulator.osbiz.OsbizSnmpTwin;

/**
 * The twin's phone table and its refusals as an independent SNMP client sees them: net-snmp's {@code snmpset} and
 * {@code snmpget} over SNMPv3 authPriv (SHA-256, AES), so the twin is not only checked by our own transport.
 */
class NetSnmpAgainstTwinTest {

    private static final char[] PASS = "NetSnmp-twin-pass".toCharArray();

    @TempDir
    Path folder;

    private OsbizSnmpTwin twin;

    @BeforeEach
    void startTwin() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/snmpset")) && Files.isExecutable(Path.of("/usr/bin/snmpget")),
                "net-snmp's snmpset/snmpget are not installed (Debian package snmp; releng/install-prerequisites)");
        twin = OsbizSnmpTwin.builder().v3User("patchbay", PASS, PASS).device(201, null, "V3 R0.40.4").start();
    }

    @AfterEach
    void stopTwin() {
        if (twin != null) {
            twin.close();
        }
    }

    private record Result(int exit, String output) {
    }

    private Result run(String tool, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/usr/bin/" + tool, "-v3", "-l", "authPriv", "-u", "patchbay",
                "-a", "SHA-256", "-A", new String(PASS), "-x", "AES", "-X", new String(PASS), "-On", "-r", "1",
                "-t", "3", twin.host() + ":" + twin.port()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("MIBS", "");
        builder.environment().put("SNMP_PERSISTENT_DIR", folder.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(20, TimeUnit.SECONDS), tool + " did not end");
        return new Result(process.exitValue(), output);
    }

    @Test
    void aPhoneSettingIsWrittenAndReadBack() throws Exception {
        String gateway = DliMib.instance(DliMib.DEVICE_GATEWAY, 201);
        Result set = run("snmpset", gateway, "s", "pbx.nordhafen.example");
        assertEquals(0, set.exit(), set.output());
        Result get = run("snmpget", gateway, DliMib.instance(DliMib.DEVICE_FIRMWARE, 201));
        assertEquals(0, get.exit(), get.output());
        assertTrue(get.output().contains("\"pbx.nordhafen.example\""), get.output());
        assertTrue(get.output().contains("\"V3 R0.40.4\""), get.output());
    }

    @Test
    void aBadAddressIsWrongValueAndDeploymentWithoutDlsAddressIsInconsistent() throws Exception {
        Result bad = run("snmpset", DliMib.instance(DliMib.DEVICE_DLS_ADDRESS, 201), "s", "pbx_nordhafen!");
        assertNotEquals(0, bad.exit(), bad.output());
        assertTrue(bad.output().contains("wrongValue"), bad.output());

        Result inconsistent = run("snmpset", DliMib.SOFTWARE_DEPLOYMENT, "i", "1");
        assertNotEquals(0, inconsistent.exit(), inconsistent.output());
        assertTrue(inconsistent.output().contains("inconsistentValue"), inconsistent.output());
        assertEquals("2", twin.value(DliMib.SOFTWARE_DEPLOYMENT), "a refused SET changes nothing");

        Result together = run("snmpset", DliMib.DLS_ADDRESS, "s", "pbx.nordhafen.example", DliMib.SOFTWARE_DEPLOYMENT,
                "i", "1");
        assertEquals(0, together.exit(), together.output());
        assertEquals("1", twin.value(DliMib.SOFTWARE_DEPLOYMENT));
    }
}
