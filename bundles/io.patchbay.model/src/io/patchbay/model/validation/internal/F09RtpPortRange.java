package io.patchbay.model.validation.internal;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.PortRange;

/** F-09: the RTP port range is UDP 30274-30529 on X1/X3/X5/X8 and 30528-30887 on S. */
final class F09RtpPortRange extends Rule<OsbizSystem> {

    F09RtpPortRange() {
        super("F-09", OsbizSystem.class);
    }

    @Override
    void check(OsbizSystem system, Report.ForRule report) {
        PortRange expected = Systems.expectedRtpRange(system);
        PortRange actual = system.getRtpPortRange();
        if (expected != null && actual != null && !expected.equals(actual)) {
            report.errorFixedBy(system, EstatePackage.Literals.OSBIZ_SYSTEM__RTP_PORT_RANGE, expected, "RTP port range is " + actual + ", not " + expected + " as on model "
                    + system.getModel(), "set the RTP port range to UDP " + expected);
        }
    }
}
