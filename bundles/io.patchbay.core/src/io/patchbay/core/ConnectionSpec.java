package io.patchbay.core;

import java.time.Duration;
import java.util.Objects;

/**
 * Everything a {@link Transport} needs to open a session to one device. Built with {@link #to(DeviceAddress)}:
 *
 * <pre>{@code
 * ConnectionSpec spec = ConnectionSpec.to(DeviceAddress.of("10.1.2.3", 22))
 *         .credential(vault.resolve("vault:buffalo/hh-01"))
 *         .knownHosts(KnownHostsStore.besideEstate(estateFile))
 *         .commandTimeout(Duration.ofSeconds(30))
 *         .build();
 * }</pre>
 *
 * Defaults: connect timeout 10 s, command timeout 30 s, keep-alive every 15 s, modern algorithms only, no
 * cancellation. The spec holds the credential object itself (no copy), and its {@link #toString()} hides it.
 *
 * @since 0.1
 */
public final class ConnectionSpec {

    private final DeviceAddress device;
    private final Credential credential;
    private final KnownHostsStore knownHosts;
    private final Duration connectTimeout;
    private final Duration commandTimeout;
    private final Duration keepAliveInterval;
    private final boolean legacyAlgorithms;
    private final Cancellation cancellation;
    private final String deviceName;

    private ConnectionSpec(Builder builder) {
        device = builder.device;
        deviceName = builder.deviceName;
        credential = Objects.requireNonNull(builder.credential, "a connection needs a credential");
        knownHosts = Objects.requireNonNull(builder.knownHosts, "a connection needs a known-hosts store");
        connectTimeout = builder.connectTimeout;
        commandTimeout = builder.commandTimeout;
        keepAliveInterval = builder.keepAliveInterval;
        legacyAlgorithms = builder.legacyAlgorithms;
        cancellation = builder.cancellation;
    }

    /** Starts a spec for {@code device}. */
    public static Builder to(DeviceAddress device) {
        return new Builder(Objects.requireNonNull(device, "device"));
    }

    public DeviceAddress device() {
        return device;
    }

    /** The device's name in the estate, for the transport log; empty when the caller did not give one. */
    public String deviceName() {
        return deviceName;
    }

    public Credential credential() {
        return credential;
    }

    public KnownHostsStore knownHosts() {
        return knownHosts;
    }

    /** Upper bound for TCP connect, key exchange and authentication together. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Timeout of a command that is run without one of its own. */
    public Duration commandTimeout() {
        return commandTimeout;
    }

    /** How often an idle session is probed; {@link Duration#ZERO} disables keep-alive. */
    public Duration keepAliveInterval() {
        return keepAliveInterval;
    }

    /**
     * Whether legacy algorithms (SSH: {@code ssh-rsa} signatures, SHA-1 key exchange, CBC ciphers) are offered after
     * the modern ones. Only for a device that needs them (old dropbear builds); the session then carries a warning.
     */
    public boolean legacyAlgorithms() {
        return legacyAlgorithms;
    }

    /** Cancels opening, and every command of the session, when raised. */
    public Cancellation cancellation() {
        return cancellation;
    }

    @Override
    public String toString() {
        return "ConnectionSpec[" + device + ", user=" + credential.username() + ", " + credential.kind()
                + (legacyAlgorithms ? ", legacy algorithms" : "") + "]";
    }

    /** Builds a {@link ConnectionSpec}; credential and known-hosts store are required. */
    public static final class Builder {
        private final DeviceAddress device;
        private Credential credential;
        private KnownHostsStore knownHosts;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration commandTimeout = Duration.ofSeconds(30);
        private Duration keepAliveInterval = Duration.ofSeconds(15);
        private boolean legacyAlgorithms;
        private Cancellation cancellation = new Cancellation();
        private String deviceName = "";

        private Builder(DeviceAddress device) {
            this.device = device;
        }

        /** Names the device in the transport log (its name in the estate); optional. */
        public Builder deviceName(String name) {
            deviceName = name == null ? "" : name.strip();
            return this;
        }

        public Builder credential(Credential credential) {
            this.credential = credential;
            return this;
        }

        public Builder knownHosts(KnownHostsStore knownHosts) {
            this.knownHosts = knownHosts;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            connectTimeout = positive(timeout, "connect timeout");
            return this;
        }

        public Builder commandTimeout(Duration timeout) {
            commandTimeout = positive(timeout, "command timeout");
            return this;
        }

        public Builder keepAliveInterval(Duration interval) {
            keepAliveInterval = Objects.requireNonNull(interval);
            return this;
        }

        public Builder legacyAlgorithms(boolean enabled) {
            legacyAlgorithms = enabled;
            return this;
        }

        public Builder cancellation(Cancellation cancellation) {
            this.cancellation = Objects.requireNonNull(cancellation);
            return this;
        }

        public ConnectionSpec build() {
            return new ConnectionSpec(this);
        }

        private static Duration positive(Duration duration, String what) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("the " + what + " must be positive");
            }
            return duration;
        }
    }
}
