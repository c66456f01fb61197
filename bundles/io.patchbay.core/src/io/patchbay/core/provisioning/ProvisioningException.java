package io.patchbay.core.provisioning;

import java.io.Serial;

/**
 * A device cannot be provisioned for a reason that is neither a transport failure nor a failed command: the estate
 * lacks something (no address, no credential) or the device answered with something the feature does not
 * understand. The message names the device, what is wrong and the fix.
 *
 * @since 0.1
 */
public final class ProvisioningException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String fix;

    /** {@code device}: {@code problem}. {@code fix} */
    public ProvisioningException(String device, String problem, String fix) {
        super(device + ": " + problem + ". " + fix);
        this.fix = fix;
    }

    /** What the operator should do, one sentence. */
    public String fix() {
        return fix;
    }
}
