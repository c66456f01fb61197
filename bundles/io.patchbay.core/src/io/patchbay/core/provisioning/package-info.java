/**
 * Provisioning: turning the estate into device configuration, safely, for one device or thousands.
 * <p>
 * A feature contributes a {@link io.patchbay.core.provisioning.Provisioner} as an OSGi service (service property
 * {@value io.patchbay.core.provisioning.Provisioner#FEATURE}). For each device it applies to, the engine reads the
 * actual settings, asks the provisioner for the desired ones, and makes a {@link io.patchbay.core.provisioning.ChangePlan}
 * (empty when the device is already right). An {@link io.patchbay.core.provisioning.ApplyRunner} runs plans as Eclipse
 * Jobs with bounded parallelism and never two writers on one device, verifies each device by reading it back, rolls
 * back a device whose apply or verify fails, and records every step in a {@link io.patchbay.core.provisioning.Journal}.
 *
 * @since 0.1
 */
package io.patchbay.core.provisioning;
