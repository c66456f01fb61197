package io.patchbay.core.provisioning;

import java.time.Instant;

/**
 * One line of a {@link Journal}: a setting of a device before or after an apply step, or the end of a device.
 *
 * @param journal  the id of the run
 * @param operator the operating system user who ran it
 * @param time     when the line was written
 * @param feature  the provisioner's feature id
 * @param device   the device's estate id
 * @param address  the device's {@code host:port}
 * @param phase    {@link #BEFORE} (written before the device is touched) or {@link #AFTER}
 * @param setting  the setting, or {@code null} on a device's single line when nothing was written
 * @param before   the value read before the change
 * @param after    the value the change writes
 * @param outcome  {@code applying} on {@code before} lines; the device's {@link Outcome} name on {@code after} lines
 * @param reason   why the device failed or was rolled back, else empty
 * @since 0.1
 */
public record JournalEntry(String journal, String operator, Instant time, String feature, String device,
        String address, String phase, String setting, String before, String after, String outcome, String reason) {

    /** The phase of a line written before the device is touched. */
    public static final String BEFORE = "before";

    /** The phase of a line written when the device is done. */
    public static final String AFTER = "after";

    /** The outcome of a {@link #BEFORE} line. */
    public static final String APPLYING = "applying";
}
