package io.patchbay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.internal.CommandLauncher;
import io.patchbay.core.Credential;
import io.patchbay.core.CredentialVault;
import io.patchbay.demo.DemoEstate;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateResources;
import io.patchbay.model.RsipServer;
import io.patchbay.simulator.rsip.RsipHostTwin;
import io.patchbay.testing.Services;

/** {@code patchbay plan/apply --feature rsip} against an RSIP server host twin (F-51, F-52). */
class RsipCommandsTest {

    @TempDir
    Path folder;

    private Path estate;
    private RsipHostTwin twin;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void theDemosRsipServerOnATwin() throws Exception {
        estate = DemoEstate.installInto(folder);
        Estate model = EstateResources.load(estate);
        RsipServer server = (RsipServer) model.eResource().getEObject("rsip-hh");
        twin = RsipHostTwin.builder(folder.resolve("twin")).password("Cli-rsip-pw".toCharArray()).start();
        server.setHostAddress(twin.host());
        server.setSshPort(twin.port());
        server.setControlPort(twin.controlPort());
        EstateResources.save(model, estate);
        try (Services services = new Services()) {
            CredentialVault vault = services.get(CredentialVault.class, null);
            vault.store(server.getCredentialRef(), Credential.password(twin.username(), twin.password()));
        }
    }

    @AfterEach
    void stopTwin() throws Exception {
        twin.close();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new CommandLauncher(FrameworkUtil.getBundle(CommandLauncher.class).getBundleContext())
                .execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void planThenApplyTheRsipFeatureAndASecondApplyIsANoOp() {
        assertEquals(ExitCodes.OK, run("plan", estate.toString(), "--feature", "rsip"), err::toString);
        String plan = out.toString();
        assertAll(() -> assertTrue(plan.startsWith("rsip-hh (Hamburg RSIP gateway): 6 settings to change"), plan),
                () -> assertTrue(plan.contains("  PORT_RANGE\n    - 10000-19999\n    + 20000-24999\n"), plan),
                () -> assertEquals(RsipHostTwin.DEFAULT_CONF, twin.rsipdConf().orElseThrow(), "a plan writes nothing"));

        assertEquals(ExitCodes.OK, run("apply", estate.toString(), "--feature", "rsip", "--yes"), err::toString);
        assertTrue(out.toString().startsWith("changed      rsip-hh (Hamburg RSIP gateway)"), out::toString);
        assertTrue(twin.rsipdConf().orElseThrow().contains("PORT_RANGE=20000-24999\n"));

        assertEquals(ExitCodes.OK, run("apply", estate.toString(), "--feature", "rsip", "--yes"), err::toString);
        assertTrue(out.toString().startsWith("unchanged    rsip-hh (Hamburg RSIP gateway)"), out::toString);
    }

    @Test
    void aPortRangeInTheHostsEphemeralPortsFailsTheDeviceWithF52() {
        twin.setIpLocalPortRange(20000, 60999);
        assertEquals(ExitCodes.SOME_FAILED, run("apply", estate.toString(), "--feature", "rsip", "--yes"));
        String all = out.toString() + err;
        assertTrue(all.contains("F-52: PORT_RANGE 20000-24999 overlaps the host's own ip_local_port_range"), all);
        assertEquals(RsipHostTwin.DEFAULT_CONF, twin.rsipdConf().orElseThrow(), "nothing was written");
    }
}
