package io.patchbay.probe.relay;

import java.util.Arrays;

/**
 * The user name and password to answer a proxy's 407 with (HTTP Basic), resolved by the caller (e.g. from the
 * vault). The password is copied in and never appears in {@link #toString()}, a report or an exception.
 *
 * @since 0.1
 */
public final class ProxyCredentials {

    private final String user;
    private final char[] password;

    /** Copies {@code password}; the caller may clear its array afterwards. */
    public ProxyCredentials(String user, char[] password) {
        if (user == null || user.isEmpty() || user.indexOf(':') >= 0) {
            throw new IllegalArgumentException("a proxy user name must be given and must not contain ':'");
        }
        this.user = user;
        this.password = password == null ? new char[0] : password.clone();
    }

    /** The user name (also sent as the SOCKS4 user id). */
    public String user() {
        return user;
    }

    /** A copy of the password; clear it after use. */
    public char[] password() {
        return password.clone();
    }

    @Override
    public String toString() {
        return "ProxyCredentials[user=" + user + ", password=***]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProxyCredentials that && user.equals(that.user)
                && Arrays.equals(password, that.password);
    }

    @Override
    public int hashCode() {
        return user.hashCode();
    }
}
