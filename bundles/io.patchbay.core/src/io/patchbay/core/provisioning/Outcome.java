package io.patchbay.core.provisioning;

/**
 * How applying a plan to one device ended.
 *
 * @since 0.1
 */
public enum Outcome {
    /** the device was changed and reading it back showed the desired values */
    CHANGED,
    /** the device was already right; nothing was written */
    UNCHANGED,
    /** a dry run: the plan was made, nothing was written */
    PLANNED,
    /**
     * apply or verify failed (or the run was cancelled mid-device) and the before-values were restored; or, for a
     * commit-confirmed change, the device reverted it by itself because the console could not confirm it in time
     */
    ROLLED_BACK,
    /** the device could not be read, or a rollback failed too: see the reason; its state may be partly changed */
    FAILED,
    /** the run was cancelled before this device was touched */
    NOT_STARTED;

    /** Whether this outcome counts as success for an exit code: changed, unchanged or planned. */
    public boolean isSuccess() {
        return this == CHANGED || this == UNCHANGED || this == PLANNED;
    }
}
