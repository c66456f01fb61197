package io.patchbay.core.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import io.patchbay.core.CommandResult;
import io.patchbay.core.DeviceAddress;
import io.patchbay.core.TransportException;
import io.patchbay.core.TransportException.Kind;

/** Errors name the device and the fix, carry what the caller needs, and never repeat a command's arguments. */
class TransportExceptionTest {

    private static final DeviceAddress ROUTER = DeviceAddress.of("192.0.2.7", 22);

    @Test
    void aFailedCommandCarriesExitCodeAndOutputButKeepsThemOutOfItsMessage() {
        CommandResult result = new CommandResult(ROUTER, "nvram set http_passwd=S3cret!", 2, "partial",
                "nvram: no space left");

        TransportException e = assertThrows(TransportException.class, result::requireSuccess);

        assertAll(() -> assertEquals(Kind.COMMAND_FAILED, e.kind()),
                () -> assertEquals(OptionalInt.of(2), e.exitCode()),
                () -> assertEquals("partial", e.output()),
                () -> assertEquals("nvram: no space left", e.errorOutput()),
                () -> assertEquals("192.0.2.7:22: 'nvram' exited with status 2. See the command's output for the "
                        + "device's reason", e.getMessage()),
                () -> assertFalse(e.toString().contains("S3cret!"), e.toString()),
                () -> assertFalse(result.toString().contains("S3cret!"), result.toString()));
    }

    @Test
    void everyKindSaysWhatToDo() {
        assertAll(() -> assertTrue(TransportException.unreachable(ROUTER, "connection refused", null).getMessage()
                .matches("192\\.0\\.2\\.7:22: cannot connect \\(connection refused\\)\\. Check .*")),
                () -> assertTrue(TransportException.commandTimeout(ROUTER, "sleep 10", Duration.ofMillis(1500))
                        .getMessage().contains("'sleep' did not finish within 1500 ms. Raise the command timeout")),
                () -> assertTrue(TransportException.authFailed(ROUTER, "root", null).fix()
                        .contains("store the device's current password")),
                () -> assertTrue(TransportException.connectionLost(ROUTER, "nvram commit", null).getMessage()
                        .contains("read the device's state back before repeating a change")));
    }

    @Test
    void anIpv6DeviceIsNamedWithBrackets() {
        assertEquals("[::1]:2222", DeviceAddress.of("::1", 2222).toString());
    }
}
