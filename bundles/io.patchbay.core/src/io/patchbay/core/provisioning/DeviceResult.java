package io.patchbay.core.provisioning;

import java.time.Duration;
import java.util.Objects;

/**
 * The result of one device in an apply run.
 *
 * @param deviceId   the device's estate id
 * @param deviceName the device's name in the estate
 * @param outcome    how it ended
 * @param plan       the plan that was applied (or would have been), {@code null} when the device could not be read
 * @param reason     why it failed or was rolled back, with the fix; empty otherwise
 * @param elapsed    how long the device took
 * @since 0.1
 */
public record DeviceResult(String deviceId, String deviceName, Outcome outcome, ChangePlan plan, String reason,
        Duration elapsed) {

    public DeviceResult {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(outcome, "outcome");
        reason = reason == null ? "" : reason;
        elapsed = elapsed == null ? Duration.ZERO : elapsed;
    }
}
