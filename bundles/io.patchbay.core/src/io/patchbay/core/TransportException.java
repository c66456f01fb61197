package io.patchbay.core;

import java.io.Serial;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A failure talking to a device, of a {@link Kind} the caller can act on. The message is one line: the device as
 * {@code host:port}, what happened, and the fix ({@link #fix()} alone, for a UI that shows it apart). Neither the
 * message nor {@link #toString()} contains a password, a key or a command's output; a failed command's output is
 * available through {@link #output()} and {@link #errorOutput()} only.
 *
 * @since 0.1
 */
public final class TransportException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What went wrong, by what the operator does about it. */
    public enum Kind {
        /** nothing answers at the address: wrong address or port, device off, a firewall between */
        UNREACHABLE,
        /** the device refused the credential */
        AUTH_FAILED,
        /** the device's host key is not in the known-hosts store and the store does not trust on first use */
        HOST_KEY_UNKNOWN,
        /** the device presents a different host key than the one recorded: a reset device, or someone in between */
        HOST_KEY_MISMATCH,
        /** connecting or a command took longer than its timeout */
        TIMEOUT,
        /** an open connection broke; a command that was running may or may not have taken effect */
        CONNECTION_LOST,
        /** the device speaks the protocol in a way we do not accept (e.g. only legacy algorithms) */
        PROTOCOL_ERROR,
        /** a command ran and exited with a non-zero status; see {@link #exitCode()} and {@link #output()} */
        COMMAND_FAILED,
        /** the caller cancelled the work through its {@link Cancellation} */
        CANCELLED,
        /**
         * the device understood the request and refused it with an SNMP error status; see {@link #snmpError()} and
         * {@link #oid()}; nothing of the request was applied (an SNMP SET is all or nothing)
         */
        REFUSED
    }

    private final Kind kind;
    private final DeviceAddress device;
    private final String fix;
    private final Integer exitCode;
    private final String output;
    private final String errorOutput;
    private final String knownFingerprint;
    private final String presentedFingerprint;
    private SnmpErrorStatus snmpError;
    private String oid;

    private TransportException(Kind kind, DeviceAddress device, String problem, String fix, Throwable cause,
            Integer exitCode, String output, String errorOutput, String knownFingerprint,
            String presentedFingerprint) {
        super(device + ": " + problem + ". " + fix, cause);
        this.kind = Objects.requireNonNull(kind);
        this.device = Objects.requireNonNull(device);
        this.fix = fix;
        this.exitCode = exitCode;
        this.output = output;
        this.errorOutput = errorOutput;
        this.knownFingerprint = knownFingerprint;
        this.presentedFingerprint = presentedFingerprint;
    }

    /**
     * A failure of {@code kind} at {@code device}: {@code problem} says what happened (no secrets), {@code fix} what
     * to do. Transports use the specific factories below where one fits.
     */
    public static TransportException of(Kind kind, DeviceAddress device, String problem, String fix,
            Throwable cause) {
        return new TransportException(kind, device, problem, fix, cause, null, null, null, null, null);
    }

    public static TransportException unreachable(DeviceAddress device, String detail, Throwable cause) {
        return of(Kind.UNREACHABLE, device, "cannot connect (" + detail + ")",
                "Check that the device is on, that address and port are right, and that no firewall blocks the port",
                cause);
    }

    public static TransportException authFailed(DeviceAddress device, String username, Throwable cause) {
        return of(Kind.AUTH_FAILED, device, "the device refused the login of user '" + username + "'",
                "Check the user name and store the device's current password or key in the vault", cause);
    }

    public static TransportException hostKeyUnknown(DeviceAddress device, String presentedFingerprint,
            String knownHostsFile) {
        return new TransportException(Kind.HOST_KEY_UNKNOWN, device,
                "the host key " + presentedFingerprint + " is not in " + knownHostsFile,
                "Compare the fingerprint with the device's console and add it to the known hosts if it matches",
                null, null, null, null, null, presentedFingerprint);
    }

    public static TransportException hostKeyMismatch(DeviceAddress device, String knownFingerprint,
            String presentedFingerprint, String knownHostsFile) {
        return new TransportException(Kind.HOST_KEY_MISMATCH, device,
                "the host key changed from " + knownFingerprint + " to " + presentedFingerprint,
                "If the device was reset or replaced, check the new fingerprint on its console and remove the old "
                        + "entry from " + knownHostsFile + "; otherwise someone may be in between: do not connect",
                null, null, null, null, knownFingerprint, presentedFingerprint);
    }

    public static TransportException connectTimeout(DeviceAddress device, Duration timeout, Throwable cause) {
        return of(Kind.TIMEOUT, device, "no SSH session within " + human(timeout),
                "Check that the device is on and reachable, or raise the connect timeout for slow links", cause);
    }

    public static TransportException commandTimeout(DeviceAddress device, String command, Duration timeout) {
        return of(Kind.TIMEOUT, device, "'" + commandName(command) + "' did not finish within " + human(timeout),
                "Raise the command timeout if the command is known to run long, or check the device's load", null);
    }

    public static TransportException connectionLost(DeviceAddress device, String command, Throwable cause) {
        String while_ = command == null ? "" : " while '" + commandName(command) + "' was running";
        return of(Kind.CONNECTION_LOST, device, "the connection broke" + while_,
                "Reconnect and read the device's state back before repeating a change: it may have been applied",
                cause);
    }

    public static TransportException cancelled(DeviceAddress device, String command) {
        String what = command == null ? "connecting" : "'" + commandName(command) + "'";
        return of(Kind.CANCELLED, device, what + " was cancelled",
                "Nothing to fix; run it again when wanted (a cancelled command may have partly run)", null);
    }

    public static TransportException protocolError(DeviceAddress device, String detail, String fix,
            Throwable cause) {
        return of(Kind.PROTOCOL_ERROR, device, detail, fix, cause);
    }

    public static TransportException commandFailed(DeviceAddress device, String command, int exitCode,
            String output, String errorOutput) {
        return new TransportException(Kind.COMMAND_FAILED, device,
                "'" + commandName(command) + "' exited with status " + exitCode,
                "See the command's output for the device's reason", null, exitCode, output, errorOutput, null,
                null);
    }

    /**
     * The device refused an SNMP request: {@code status} for the object {@code oid} (numeric), with the fix
     * {@link SnmpErrorStatus#fix()} suggests unless the caller knows a better one. Kind {@link Kind#REFUSED}.
     */
    public static TransportException snmpRefused(DeviceAddress device, String operation, SnmpErrorStatus status,
            String oid, String fix) {
        TransportException e = of(Kind.REFUSED, device,
                operation + " refused with " + status.mibName() + (oid == null ? "" : " for " + oid),
                fix == null ? status.fix() : fix, null);
        e.snmpError = status;
        e.oid = oid;
        return e;
    }

    public Kind kind() {
        return kind;
    }

    public DeviceAddress device() {
        return device;
    }

    /** What the operator should do, one sentence. */
    public String fix() {
        return fix;
    }

    /** The exit status, for {@link Kind#COMMAND_FAILED}. */
    public OptionalInt exitCode() {
        return exitCode == null ? OptionalInt.empty() : OptionalInt.of(exitCode);
    }

    /** Standard output of a failed command (empty for other kinds). May contain device data: do not log blindly. */
    public String output() {
        return output == null ? "" : output;
    }

    /** Standard error of a failed command (empty for other kinds). */
    public String errorOutput() {
        return errorOutput == null ? "" : errorOutput;
    }

    /** For host-key failures: the fingerprint recorded in the known-hosts store ({@code SHA256:…}). */
    public Optional<String> knownFingerprint() {
        return Optional.ofNullable(knownFingerprint);
    }

    /** For host-key failures: the fingerprint the device presented ({@code SHA256:…}). */
    public Optional<String> presentedFingerprint() {
        return Optional.ofNullable(presentedFingerprint);
    }

    /** For {@link Kind#REFUSED}: the SNMP error status the device answered with. */
    public Optional<SnmpErrorStatus> snmpError() {
        return Optional.ofNullable(snmpError);
    }

    /** For {@link Kind#REFUSED}: the numeric OID of the variable the device named in its error index. */
    public Optional<String> oid() {
        return Optional.ofNullable(oid);
    }

    @Override
    public String toString() {
        return "TransportException[" + kind + "] " + getMessage();
    }

    /**
     * How messages name a command: by its first word only, so that an argument (which may be a password, as in
     * {@code nvram set http_passwd=…}) never reaches a message or a log. The caller knows the full command.
     */
    static String commandName(String command) {
        String first = command.strip().split("\\s+", 2)[0];
        int assignment = first.indexOf('=');
        return assignment >= 0 ? first.substring(0, assignment) + "=…" : first;
    }

    private static String human(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
