package io.patchbay.core.provisioning;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.patchbay.core.SnmpSession;
import io.patchbay.core.TransportException;
import io.patchbay.core.TransportSession;
import io.patchbay.model.ManagedDevice;

/**
 * One provisioning feature (port forwarding, SBC flags, certificates…): how its settings are read from and written to
 * a device, and what they should be according to the estate. Register implementations as OSGi services with the
 * service property {@value #FEATURE} set to {@link #feature()}; the engine, the console and the command line find them
 * that way, built-in and third-party alike.
 * <p>
 * A provisioner describes a device as <em>settings</em>: named string values (e.g. an NVRAM variable). A setting the
 * device does not have reads as the empty string. The engine compares actual and desired settings, asks
 * {@link #write} for the steps, runs them, reads back to verify and, on failure, runs the steps that write the
 * values it read before. Implementations hold no per-run state and are called from several threads at once.
 * <p>
 * A provisioner names the {@linkplain #protocol() protocol} it speaks: over {@link Protocol#SSH} (the default) the
 * engine opens a {@link TransportSession}, calls {@link #readActual(ManagedDevice, TransportSession)} and runs each
 * step's command lines; over {@link Protocol#SNMP} it opens an {@link SnmpSession}, calls
 * {@link #readActual(ManagedDevice, SnmpSession)} and sends each step's varbinds as one all-or-nothing SET. Plans,
 * verify, rollback and the journal are the same for both.
 *
 * @since 0.1
 */
public interface Provisioner {

    /** Service property naming the feature of a provisioner, e.g. {@code portforward}. */
    String FEATURE = "patchbay.feature";

    /** How a provisioner reaches its devices; the {@link DeviceConnector} opens the matching session. */
    enum Protocol {
        /** An SSH {@link TransportSession}; steps are {@linkplain Step#commands() command lines}. */
        SSH,
        /** An {@link SnmpSession}; steps are {@linkplain Step#sets() SNMP SETs}. */
        SNMP
    }

    /** The feature id, the value of the {@value #FEATURE} service property, e.g. {@code portforward}. */
    String feature();

    /** One line for the operator, e.g. "Port forwarding on company routers (F-10, F-23)". */
    String description();

    /**
     * The run options this feature understands, e.g. {@code generate-passwords}; none unless overridden. The command
     * line offers each as a flag ({@code --generate-passwords}).
     */
    default Set<String> options() {
        return Set.of();
    }

    /**
     * This feature with the given run options (each one of {@link #options()}); {@code this} when none are given.
     * The result is a provisioner of the same feature, as free of per-run state as this one.
     *
     * @throws IllegalArgumentException when an option is not one of {@link #options()}
     */
    default Provisioner withOptions(Set<String> options) {
        for (String option : options) {
            if (!options().contains(option)) {
                throw new IllegalArgumentException("feature " + feature() + " has no option " + option);
            }
        }
        return this;
    }

    /** Whether this feature configures {@code device} (e.g. a company router on DD-WRT). */
    boolean appliesTo(ManagedDevice device);

    /** The protocol this feature speaks to its devices; {@link Protocol#SSH} unless overridden. */
    default Protocol protocol() {
        return Protocol.SSH;
    }

    /**
     * Reads the device's current values of every setting this feature manages, over SSH. A provisioner whose
     * {@link #protocol()} is SSH implements it; the default refuses.
     *
     * @throws TransportException    when the device cannot be read
     * @throws ProvisioningException when the device answers with something this feature does not understand
     */
    default Map<String, String> readActual(ManagedDevice device, TransportSession session)
            throws TransportException, ProvisioningException {
        throw new ProvisioningException(device.getName() + " (" + device.getId() + ")",
                "feature " + feature() + " does not read devices over SSH", "Use a connector for " + protocol());
    }

    /**
     * Reads the device's current values of every setting this feature manages, over SNMP. A provisioner whose
     * {@link #protocol()} is SNMP implements it; the default refuses.
     *
     * @throws TransportException    when the device cannot be read
     * @throws ProvisioningException when the device answers with something this feature does not understand
     */
    default Map<String, String> readActual(ManagedDevice device, SnmpSession session)
            throws TransportException, ProvisioningException {
        throw new ProvisioningException(device.getName() + " (" + device.getId() + ")",
                "feature " + feature() + " does not read devices over SNMP", "Use a connector for " + protocol());
    }

    /**
     * The values the estate asks for, given the actual ones (so that content the estate does not own, such as a
     * router's unrelated forwards, is kept). Must return the actual map's values unchanged for a device that is
     * already right, so that a second apply is a no-op.
     *
     * @throws ProvisioningException when the estate does not say enough to decide (the message says what to add)
     */
    Map<String, String> desired(ManagedDevice device, Map<String, String> actual) throws ProvisioningException;

    /**
     * The steps that set exactly the given settings to the given values, in order; the engine runs each step's
     * commands through {@link TransportSession#exec(String)} (SSH) or sends its varbinds in one
     * {@link SnmpSession#set(List)} (SNMP), and stops at the first that fails. Used for the change
     * and for its inverse (the before-values), so it must not depend on the device's current state.
     */
    List<Step> write(ManagedDevice device, Map<String, String> values);

    /**
     * Whether a change by this feature can cut the console's own path to the device, as a router's forwarding or
     * firewall can. When it can, and the run has a confirmation window ({@link ApplyRunner.Builder#confirmWithin}),
     * the engine applies each change as a commit-confirm: it {@linkplain SelfRevert#arm() arms} the device's own
     * revert of the before-values, applies the change, verifies it over a new connection and only then
     * {@linkplain SelfRevert#disarm() confirms}. If that new connection fails the change is left to revert itself and
     * the device is reported {@link Outcome#ROLLED_BACK} once it reads its before-values again. {@code false} unless
     * overridden; a feature that returns {@code true} implements {@link #selfRevert}.
     */
    default boolean canCutOffConsole() {
        return false;
    }

    /**
     * How {@code device} writes {@code before} (the setting values read before the change, as given to
     * {@link #write}) back by itself and applies them, {@code window} after it is armed, unless disarmed first. Like
     * {@link #write}, it must not depend on the device's current state. Called only when {@link #canCutOffConsole()}
     * is {@code true}; the default refuses.
     *
     * @param window how long the device waits for the confirmation, at least one second
     * @throws UnsupportedOperationException when this feature has no self-revert
     */
    default SelfRevert selfRevert(ManagedDevice device, Map<String, String> before, Duration window) {
        throw new UnsupportedOperationException("feature " + feature() + " cannot make a device revert by itself");
    }

    /** The plan from {@code actual} to what the estate asks for; empty when the device is already right. */
    default ChangePlan plan(ManagedDevice device, Map<String, String> actual) throws ProvisioningException {
        return ChangePlan.between(this, device, actual, desired(device, actual));
    }
}
