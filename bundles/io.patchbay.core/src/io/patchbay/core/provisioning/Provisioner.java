package io.patchbay.core.provisioning;

import java.util.List;
import java.util.Map;

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
 *
 * @since 0.1
 */
public interface Provisioner {

    /** Service property naming the feature of a provisioner, e.g. {@code portforward}. */
    String FEATURE = "patchbay.feature";

    /** The feature id, the value of the {@value #FEATURE} service property, e.g. {@code portforward}. */
    String feature();

    /** One line for the operator, e.g. "Port forwarding on company routers (F-10, F-23)". */
    String description();

    /** Whether this feature configures {@code device} (e.g. a company router on DD-WRT). */
    boolean appliesTo(ManagedDevice device);

    /**
     * Reads the device's current values of every setting this feature manages.
     *
     * @throws TransportException    when the device cannot be read
     * @throws ProvisioningException when the device answers with something this feature does not understand
     */
    Map<String, String> readActual(ManagedDevice device, TransportSession session)
            throws TransportException, ProvisioningException;

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
     * commands through {@link TransportSession#exec(String)} and stops at the first that fails. Used for the change
     * and for its inverse (the before-values), so it must not depend on the device's current state.
     */
    List<Step> write(ManagedDevice device, Map<String, String> values);

    /** The plan from {@code actual} to what the estate asks for; empty when the device is already right. */
    default ChangePlan plan(ManagedDevice device, Map<String, String> actual) throws ProvisioningException {
        return ChangePlan.between(this, device, actual, desired(device, actual));
    }
}
