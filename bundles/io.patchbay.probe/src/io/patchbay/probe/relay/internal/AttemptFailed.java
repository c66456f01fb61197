package io.patchbay.probe.relay.internal;

import io.patchbay.probe.relay.AttemptOutcome;

/** Ends an attempt early with the verdict, the code behind it and a detail for the report; never leaves the engine. */
public final class AttemptFailed extends Exception {

    private static final long serialVersionUID = 1L;

    private final AttemptOutcome outcome;
    private final String code;

    public AttemptFailed(AttemptOutcome outcome, String code, String detail) {
        super(detail, null, false, false);
        this.outcome = outcome;
        this.code = code;
    }

    public AttemptOutcome outcome() {
        return outcome;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage() == null ? "" : getMessage();
    }
}
