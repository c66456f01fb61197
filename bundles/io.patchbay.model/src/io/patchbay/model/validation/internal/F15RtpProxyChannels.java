package io.patchbay.model.validation.internal;

import io.patchbay.model.OsbizSystem;

/** F-15: planned concurrent ITSP, Circuit and home calls fit the RTP proxy channels (60 on X models, 180 on S). */
final class F15RtpProxyChannels extends Rule<OsbizSystem> {

    F15RtpProxyChannels() {
        super("F-15", OsbizSystem.class);
    }

    @Override
    void check(OsbizSystem system, Report.ForRule report) {
        int planned = system.getPlannedItspCalls() + system.getPlannedCircuitCalls() + system.getPlannedHomeCalls();
        int channels = Systems.rtpProxyChannels(system);
        if (planned > channels) {
            report.error(system, "plans " + planned + " concurrent ITSP, Circuit and home calls but has only "
                    + channels + " RTP proxy channels", "plan at most " + channels
                            + " such calls or move some to another system");
        }
    }
}
