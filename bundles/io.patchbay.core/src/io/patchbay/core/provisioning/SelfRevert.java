package io.patchbay.core.provisioning;

import java.util.List;

/**
 * How a device undoes a change by itself unless the console confirms it in time (commit-confirm, in the spirit of
 * NAPALM's {@code revert_in}): the steps that arm a timer on the device which, when it runs out, writes the
 * before-values back and applies them; and the steps that disarm it. A {@link Provisioner} whose changes
 * {@linkplain Provisioner#canCutOffConsole() can cut the console off} supplies one for each change.
 * <p>
 * The engine runs {@link #arm()} before the change, verifies the change over a <em>new</em> connection and only then
 * runs {@link #disarm()} over that connection. {@code disarm} must fail (a command exits non-zero) when no revert is
 * pending any more, e.g. because the timer already ran out: that is how the engine tells a confirmation that came
 * too late from one that held.
 *
 * @param arm    the steps that start the countdown on the device; they must return at once, not wait for it
 * @param disarm the steps that cancel the pending revert; they fail when none is pending
 * @since 0.1
 */
public record SelfRevert(List<Step> arm, List<Step> disarm) {

    public SelfRevert {
        arm = List.copyOf(arm);
        disarm = List.copyOf(disarm);
        if (arm.isEmpty() || disarm.isEmpty()) {
            throw new IllegalArgumentException("a self-revert needs steps to arm and to disarm it");
        }
    }
}
