package io.patchbay.core;

import java.time.Duration;
import java.util.Objects;

/**
 * Everything an {@link SnmpTransport} needs to open a session to one device. Built with {@link #v2c} or {@link #v3}:
 *
 * <pre>{@code
 * SnmpSpec spec = SnmpSpec.v3(DeviceAddress.of("10.1.2.3", 161), vault.resolve("vault:osbiz/pbx-hh/snmp"))
 *         .privacy(vault.resolve("vault:osbiz/pbx-hh/snmp-priv"))   // optional: else the same pass phrase
 *         .timeout(Duration.ofSeconds(2)).retries(1)
 *         .build();
 * }</pre>
 *
 * SNMPv2c takes the community from the credential's {@linkplain Credential#secret() secret} (its user name is not
 * sent). SNMPv3 uses USM with the credential's user name and pass phrase: by default {@link SecurityLevel#AUTH_PRIV}
 * with {@link AuthProtocol#SHA256} and AES-128. A lower level is only for a device configured that way, and the session
 * then carries a warning. Defaults: timeout 2 s per try, 1 retry, 25 repetitions per GETBULK, no cancellation.
 * {@link #toString()} never shows a secret.
 *
 * @since 0.1
 */
public final class SnmpSpec {

    /** The SNMP version. SNMPv1 is not offered: every supported device speaks v2c. */
    public enum Version {
        V2C, V3
    }

    /** The USM security level of an SNMPv3 session. */
    public enum SecurityLevel {
        /** no authentication, no privacy: only for a device configured that way (warned) */
        NO_AUTH_NO_PRIV,
        /** authentication without privacy: requests travel in clear text (warned) */
        AUTH_NO_PRIV,
        /** authentication and privacy (AES-128): the default */
        AUTH_PRIV
    }

    /** The USM authentication protocol (RFC 3414, RFC 7860). */
    public enum AuthProtocol {
        /** HMAC-SHA-96; only for devices without SHA-2 (warned) */
        SHA1,
        SHA224, SHA256, SHA384, SHA512
    }

    private final DeviceAddress device;
    private final Version version;
    private final Credential credential;
    private final Credential privacy;
    private final SecurityLevel securityLevel;
    private final AuthProtocol authProtocol;
    private final Duration timeout;
    private final int retries;
    private final int maxRepetitions;
    private final Cancellation cancellation;
    private final String deviceName;

    private SnmpSpec(Builder builder) {
        device = builder.device;
        deviceName = builder.deviceName;
        version = builder.version;
        credential = builder.credential;
        privacy = builder.privacy;
        securityLevel = builder.securityLevel;
        authProtocol = builder.authProtocol;
        timeout = builder.timeout;
        retries = builder.retries;
        maxRepetitions = builder.maxRepetitions;
        cancellation = builder.cancellation;
    }

    /** SNMPv2c with the community held as the secret of {@code community}. */
    public static Builder v2c(DeviceAddress device, Credential community) {
        return new Builder(device, Version.V2C, community);
    }

    /** SNMPv3 USM as the credential's user, with its secret as the authentication pass phrase. */
    public static Builder v3(DeviceAddress device, Credential user) {
        return new Builder(device, Version.V3, user);
    }

    public DeviceAddress device() {
        return device;
    }

    /** The device's name in the estate, for the transport log; empty when the caller did not give one. */
    public String deviceName() {
        return deviceName;
    }

    public Version version() {
        return version;
    }

    /** The community (v2c) or the USM user and authentication pass phrase (v3). */
    public Credential credential() {
        return credential;
    }

    /** The privacy pass phrase's credential for v3 {@link SecurityLevel#AUTH_PRIV}: the one given, else {@link #credential()}. */
    public Credential privacy() {
        return privacy == null ? credential : privacy;
    }

    public SecurityLevel securityLevel() {
        return securityLevel;
    }

    public AuthProtocol authProtocol() {
        return authProtocol;
    }

    /** How long one try waits for the answer. */
    public Duration timeout() {
        return timeout;
    }

    /** How often a request is sent again after a try timed out. */
    public int retries() {
        return retries;
    }

    /** How many objects one GETBULK of a walk asks for. */
    public int maxRepetitions() {
        return maxRepetitions;
    }

    /** Cancels opening, and every request of the session, when raised. */
    public Cancellation cancellation() {
        return cancellation;
    }

    @Override
    public String toString() {
        return "SnmpSpec[" + device + ", " + version + (version == Version.V3 ? ", user=" + credential.username()
                + ", " + securityLevel + ", " + authProtocol : ", community hidden") + "]";
    }

    /** Builds an {@link SnmpSpec}. */
    public static final class Builder {
        private final DeviceAddress device;
        private final Version version;
        private final Credential credential;
        private Credential privacy;
        private SecurityLevel securityLevel = SecurityLevel.AUTH_PRIV;
        private AuthProtocol authProtocol = AuthProtocol.SHA256;
        private Duration timeout = Duration.ofSeconds(2);
        private int retries = 1;
        private int maxRepetitions = 25;
        private Cancellation cancellation = new Cancellation();
        private String deviceName = "";

        /** Names the device in the transport log (its name in the estate); optional. */
        public Builder deviceName(String name) {
            deviceName = name == null ? "" : name.strip();
            return this;
        }

        private Builder(DeviceAddress device, Version version, Credential credential) {
            this.device = Objects.requireNonNull(device, "device");
            this.version = version;
            this.credential = Objects.requireNonNull(credential, "an SNMP session needs a credential");
        }

        /** A separate privacy pass phrase (v3); without one the authentication pass phrase is used for both. */
        public Builder privacy(Credential privacy) {
            this.privacy = privacy;
            return this;
        }

        /** Lower than {@link SecurityLevel#AUTH_PRIV} only for a device set up so; the session then warns. */
        public Builder securityLevel(SecurityLevel level) {
            securityLevel = Objects.requireNonNull(level);
            return this;
        }

        public Builder authProtocol(AuthProtocol protocol) {
            authProtocol = Objects.requireNonNull(protocol);
            return this;
        }

        public Builder timeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the SNMP timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        public Builder retries(int retries) {
            if (retries < 0) {
                throw new IllegalArgumentException("retries must be 0 or more");
            }
            this.retries = retries;
            return this;
        }

        public Builder maxRepetitions(int repetitions) {
            if (repetitions < 1) {
                throw new IllegalArgumentException("a GETBULK asks for at least 1 object");
            }
            maxRepetitions = repetitions;
            return this;
        }

        public Builder cancellation(Cancellation cancellation) {
            this.cancellation = Objects.requireNonNull(cancellation);
            return this;
        }

        public SnmpSpec build() {
            return new SnmpSpec(this);
        }
    }
}
