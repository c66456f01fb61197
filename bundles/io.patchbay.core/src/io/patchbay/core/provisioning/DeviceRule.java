package io.patchbay.core.provisioning;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * The scheduling rule of the jobs that write one device (by its management address): the job manager never runs two
 * of them at once, in one run or across runs, in the spirit of Directory Studio's one job per host:port.
 *
 * @since 0.1
 */
public final class DeviceRule implements ISchedulingRule {

    private final String device;

    private DeviceRule(String device) {
        this.device = device;
    }

    /** The rule of the device reached at {@code address} ({@code host:port}, or its estate id when it has none). */
    public static DeviceRule of(String address) {
        return new DeviceRule(address);
    }

    public String device() {
        return device;
    }

    @Override
    public boolean contains(ISchedulingRule rule) {
        return isConflicting(rule);
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
        return rule instanceof DeviceRule other && other.device.equals(device);
    }

    @Override
    public String toString() {
        return "DeviceRule[" + device + "]";
    }
}
