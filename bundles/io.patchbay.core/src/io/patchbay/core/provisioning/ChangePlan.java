package io.patchbay.core.provisioning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import io.patchbay.model.ManagedDevice;

/**
 * What one feature changes on one device: each setting whose actual value differs from the desired one, the steps
 * that make the change and the inverse steps that undo it (they write the actual values back). An
 * {@linkplain #isEmpty() empty} plan means the device is already right and nothing will be written. Immutable.
 *
 * @since 0.1
 */
public final class ChangePlan {

    private final String feature;
    private final String deviceId;
    private final String deviceName;
    private final List<SettingChange> changes;
    private final List<Step> steps;
    private final List<Step> inverseSteps;

    private ChangePlan(String feature, String deviceId, String deviceName, List<SettingChange> changes,
            List<Step> steps, List<Step> inverseSteps) {
        this.feature = feature;
        this.deviceId = deviceId;
        this.deviceName = deviceName;
        this.changes = List.copyOf(changes);
        this.steps = List.copyOf(steps);
        this.inverseSteps = List.copyOf(inverseSteps);
    }

    /**
     * The plan that takes {@code device} from {@code actual} to {@code desired}; a setting missing from one map counts
     * as the empty string. Steps come from {@link Provisioner#write} with the changed settings only.
     */
    public static ChangePlan between(Provisioner provisioner, ManagedDevice device, Map<String, String> actual,
            Map<String, String> desired) {
        List<SettingChange> changes = new ArrayList<>();
        Map<String, String> after = new LinkedHashMap<>();
        Map<String, String> before = new LinkedHashMap<>();
        TreeSet<String> names = new TreeSet<>(actual.keySet());
        names.addAll(desired.keySet());
        for (String name : names) {
            String is = actual.getOrDefault(name, "");
            String want = desired.getOrDefault(name, "");
            if (!Objects.equals(is, want)) {
                changes.add(new SettingChange(name, is, want));
                after.put(name, want);
                before.put(name, is);
            }
        }
        List<Step> steps = changes.isEmpty() ? List.of() : provisioner.write(device, after);
        List<Step> inverse = changes.isEmpty() ? List.of() : provisioner.write(device, before);
        return new ChangePlan(provisioner.feature(), device.getId(), device.getName(), changes, steps, inverse);
    }

    /** The feature id of the provisioner that made the plan. */
    public String feature() {
        return feature;
    }

    /** The estate id of the device. */
    public String deviceId() {
        return deviceId;
    }

    /** The device's name in the estate. */
    public String deviceName() {
        return deviceName;
    }

    /** The settings that change, by name; empty when the device is already right. */
    public List<SettingChange> changes() {
        return changes;
    }

    /** Whether the device is already right: nothing to do. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The steps that make the change, in order. */
    public List<Step> steps() {
        return steps;
    }

    /** The steps that undo the change, writing the actual values back, in order. */
    public List<Step> inverseSteps() {
        return inverseSteps;
    }

    /** Setting name → desired value, for the changed settings. */
    public Map<String, String> after() {
        Map<String, String> after = new LinkedHashMap<>();
        changes.forEach(c -> after.put(c.name(), c.desired()));
        return Collections.unmodifiableMap(after);
    }

    /** Setting name → actual value, for the changed settings. */
    public Map<String, String> before() {
        Map<String, String> before = new LinkedHashMap<>();
        changes.forEach(c -> before.put(c.name(), c.actual()));
        return Collections.unmodifiableMap(before);
    }

    @Override
    public String toString() {
        return "ChangePlan[" + feature + " on " + deviceId + ", " + changes.size() + " setting(s)]";
    }
}
