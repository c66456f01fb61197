package io.patchbay.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

import io.patchbay.simulator.BuffaloRouterTwin;

/**
 * Public-key login to the router twin as dropbear allows it, with keys made by OpenSSH's {@code ssh-keygen} and
 * OpenSSH's {@code ssh} client as the real peer: ed25519 (what {@code ssh-keygen} makes by default) as well as
 * ECDSA.
 */
class Ed25519LoginTest {

    @TempDir
    Path folder;

    private BuffaloRouterTwin twin;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/ssh")) && Files.isExecutable(Path.of("/usr/bin/ssh-keygen")),
                "the OpenSSH client is not installed (Debian package openssh-client)");
        twin = BuffaloRouterTwin.builder(folder.resolve("router")).start();
    }

    @AfterEach
    void stop() throws Exception {
        if (twin != null) {
            twin.close();
        }
    }

    private Path keygen(String type) throws Exception {
        Path key = folder.resolve("id_" + type);
        Result made = run(List.of("/usr/bin/ssh-keygen", "-q", "-t", type, "-N", "", "-C", "noc@patchbay",
                "-f", key.toString()));
        assertEquals(0, made.exit(), made.output());
        return key;
    }

    private Result ssh(Path key, String command) throws Exception {
        return run(List.of("/usr/bin/ssh", "-F", "/dev/null", "-i", key.toString(), "-p",
                String.valueOf(twin.port()), "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes", "-o",
                "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "ConnectTimeout=10",
                "root@127.0.0.1", command));
    }

    @Test
    void anEd25519KeyFromSshKeygenLogsInOnceAuthorized() throws Exception {
        Path key = keygen("ed25519");
        Result before = ssh(key, "nvram get lan_ipaddr");
        twin.authorizeKey(Files.readString(Path.of(key + ".pub")).strip());
        Result after = ssh(key, "nvram get lan_ipaddr");
        assertAll(() -> assertEquals(255, before.exit(), "not authorized yet: " + before.output()),
                () -> assertEquals(0, after.exit(), after.output()),
                () -> assertEquals("192.168.11.1\n", after.stdout(), after.output()));
    }

    @Test
    void ecdsaKeysStillLogInAndAnotherEd25519KeyStaysOut() throws Exception {
        Path ecdsa = keygen("ecdsa");
        Path authorized = keygen("ed25519");
        Path stranger = folder.resolve("stranger");
        Result made = run(List.of("/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f",
                stranger.toString()));
        assertEquals(0, made.exit(), made.output());
        twin.authorizeKey(Files.readString(Path.of(ecdsa + ".pub")).strip());
        twin.authorizeKey(Files.readString(Path.of(authorized + ".pub")).strip());
        Result byEcdsa = ssh(ecdsa, "nvram get lan_ipaddr");
        Result byStranger = ssh(stranger, "nvram get lan_ipaddr");
        assertAll(() -> assertEquals(0, byEcdsa.exit(), byEcdsa.output()),
                () -> assertEquals(255, byStranger.exit(), byStranger.output()),
                () -> assertTrue(byStranger.output().contains("Permission denied"), byStranger.output()));
    }

    private record Result(int exit, String stdout, String output) {
    }

    private Result run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null")
                        .toFile())).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end within 30 s");
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        return new Result(process.exitValue(), stdout, "exit " + process.exitValue() + ", stdout: " + stdout
                + ", stderr: " + Files.readString(err, StandardCharsets.UTF_8));
    }
}
