package io.patchbay.model.validation.internal;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.PortRange;
import io.patchbay.model.RsipServer;

/**
 * F-52: PORT_RANGE must not overlap the gateway's own ip_local_port_range; LISTEN_RANGE is not checked by the
 * server, and a listen bind masks the port on the gateway itself (its control and SSH ports).
 */
final class F52RsipPortRanges extends Rule<RsipServer> {

    F52RsipPortRanges() {
        super("F-52", RsipServer.class);
    }

    @Override
    void check(RsipServer server, Report.ForRule report) {
        PortRange ports = server.getPortRange();
        PortRange local = server.getGatewayLocalPortRange();
        if (ports != null && local != null && ports.overlaps(local)) {
            report.error(server, EstatePackage.Literals.RSIP_SERVER__PORT_RANGE, "PORT_RANGE " + ports + " overlaps the gateway's own ip_local_port_range " + local,
                    "move PORT_RANGE outside " + local);
        }
        PortRange listen = server.getListenRange();
        if (listen != null) {
            for (int port : new int[] {server.getControlPort(), server.getSshPort()}) {
                if (listen.contains(port)) {
                    report.warning(server, EstatePackage.Literals.RSIP_SERVER__LISTEN_RANGE, "LISTEN_RANGE " + listen + " includes the gateway's own port " + port
                            + "; a listen bind would mask it", "keep LISTEN_RANGE clear of port " + port);
                }
            }
        }
    }
}
