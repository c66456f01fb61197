package io.patchbay.core.provisioning;

import java.util.Objects;

/**
 * One setting of a device that a plan changes: its actual and its desired value (the empty string when the device
 * does not have it).
 *
 * @param name    the setting, e.g. {@code forward_spec}
 * @param actual  the value read from the device
 * @param desired the value the estate asks for
 * @since 0.1
 */
public record SettingChange(String name, String actual, String desired) {

    public SettingChange {
        Objects.requireNonNull(name, "name");
        actual = actual == null ? "" : actual;
        desired = desired == null ? "" : desired;
    }
}
