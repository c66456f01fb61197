package io.patchbay.core.provisioning;

import java.util.List;

/**
 * What an apply (or rollback) run did: one {@link DeviceResult} per device, in the order the devices were given.
 *
 * @param journalId the journal run that records it, or {@code null} for a dry run
 * @param results   one per device
 * @since 0.1
 */
public record ApplyReport(String journalId, List<DeviceResult> results) {

    public ApplyReport {
        results = List.copyOf(results);
    }

    /** Whether every device ended changed, unchanged or planned. */
    public boolean allSucceeded() {
        return results.stream().allMatch(r -> r.outcome().isSuccess());
    }

    /** How many devices ended with {@code outcome}. */
    public long count(Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** The result of the device with estate id {@code deviceId}. */
    public DeviceResult result(String deviceId) {
        return results.stream().filter(r -> r.deviceId().equals(deviceId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no device " + deviceId + " in this run"));
    }
}
