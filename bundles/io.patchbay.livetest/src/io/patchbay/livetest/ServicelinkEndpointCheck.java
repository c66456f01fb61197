package io.patchbay.livetest;

import io.patchbay.model.ManagedDevice;
import io.patchbay.model.ServicelinkEndpoint;

/**
 * How the "RSP.servicelink reachable" suite reaches one tunnel endpoint (F-41) on behalf of a device: an OSGi service.
 * <p>
 * The built-in check connects directly over TCP. A bundle that knows relays and proxies (F-60–F-62: a relay list with
 * ordered ports, proxy discovery, CONNECT, the connection report) registers its own implementation with a higher
 * {@code service.ranking}; the suite uses the highest-ranked one, so it needs no change when that arrives.
 *
 * @since 0.1
 */
public interface ServicelinkEndpointCheck {

    /** Checks that {@code endpoint} can be reached as {@code device} would; never throws for what it finds. */
    CheckResult check(ManagedDevice device, ServicelinkEndpoint endpoint, LiveTestContext context);
}
