package io.patchbay.model.validation;

import java.util.ArrayList;
import java.util.List;

import io.patchbay.model.CompanyRouter;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.PortRange;
import io.patchbay.model.validation.internal.ForwardingNeeds;

/**
 * The forwarding table a company router needs for the features its systems use: F-10 (Device@Home: HFA, HFA
 * encrypted, HTTPS with myPortal/CP devices at home, DLI with software deployment, the RTP range) and F-23 (SIP@Home:
 * UDP and TCP on the SIP internet port, TLS on the SIP TLS port, same port inside). The same knowledge the validation
 * rules F-10 and F-23 check an estate with; provisioners use it to write routers.
 * <p>
 * Never contains a forward to the internal SIP ports {@link #INTERNAL_SIP} (F-23). Only reads the estate.
 *
 * @since 0.1
 */
public final class RequiredForwarding {

    /** The internal SIP ports 5060–5062, which must never be forwarded (F-23). */
    public static final PortRange INTERNAL_SIP = ForwardingNeeds.INTERNAL_SIP;

    private RequiredForwarding() {
    }

    /** The systems whose access router is {@code router}, in document order. */
    public static List<OsbizSystem> systemsServedBy(CompanyRouter router) {
        return ForwardingNeeds.servedBy(router);
    }

    /** What {@code router} must forward for the systems it serves: F-10's forwards, then F-23's, per system. */
    public static List<RequiredForward> of(CompanyRouter router) {
        List<RequiredForward> needed = new ArrayList<>();
        for (OsbizSystem system : systemsServedBy(router)) {
            needed.addAll(ForwardingNeeds.deviceAtHome(system));
            needed.addAll(ForwardingNeeds.sipAtHome(system));
        }
        return needed;
    }
}
