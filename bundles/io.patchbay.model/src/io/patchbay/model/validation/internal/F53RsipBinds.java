package io.patchbay.model.validation.internal;

import java.util.ArrayList;
import java.util.List;

import io.patchbay.model.EstateLabels;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.PortRange;
import io.patchbay.model.RsipBind;
import io.patchbay.model.RsipClient;
import io.patchbay.model.RsipMode;
import io.patchbay.model.RsipServer;

/**
 * F-53: binds lie in PORT_RANGE (or LISTEN_RANGE for listen binds), no two clients bind the same port, and with one
 * public address only one client can take the whole port range with RSA-IP.
 */
final class F53RsipBinds extends Rule<RsipServer> {

    F53RsipBinds() {
        super("F-53", RsipServer.class);
    }

    @Override
    void check(RsipServer server, Report.ForRule report) {
        List<RsipBind> earlier = new ArrayList<>();
        RsipClient rsaIp = null;
        for (RsipClient client : server.getClients()) {
            if (client.getMode() == RsipMode.RSA_IP) {
                if (rsaIp != null && F51RsipConfiguration.poolAddresses(server) <= 1) {
                    report.error(client, EstatePackage.Literals.RSIP_CLIENT__MODE, "a second RSA-IP client; with one public address only "
                            + EstateLabels.describe(rsaIp) + " can take the whole port range", "use RSAP-IP");
                }
                rsaIp = rsaIp == null ? client : rsaIp;
            }
            for (RsipBind bind : client.getBinds()) {
                check(server, client, bind, earlier, report);
                earlier.add(bind);
            }
        }
    }

    private static void check(RsipServer server, RsipClient client, RsipBind bind, List<RsipBind> earlier,
            Report.ForRule report) {
        PortRange ports = bind.getPorts();
        if (ports == null) {
            report.error(bind, EstatePackage.Literals.RSIP_BIND__PORTS, "has no ports", "set the ports of the bind");
            return;
        }
        PortRange range = bind.isListen() ? server.getListenRange() : server.getPortRange();
        String rangeName = bind.isListen() ? "LISTEN_RANGE" : "PORT_RANGE";
        if (range != null && (ports.first() < range.first() || ports.last() > range.last())) {
            report.error(bind, EstatePackage.Literals.RSIP_BIND__PORTS, "lies outside " + rangeName + " " + range, "bind ports within " + range);
        }
        for (RsipBind other : earlier) {
            if (other.eContainer() != client && other.getPorts() != null && other.getPorts().overlaps(ports)
                    && Forwarding.sharesProtocol(other.getProtocol(), bind.getProtocol())) {
                report.error(bind, EstatePackage.Literals.RSIP_BIND__PORTS, "overlaps " + EstateLabels.describe(other) + " of "
                        + EstateLabels.describe(other.eContainer()) + "; the server refuses it",
                        "bind ports no other client holds");
                return;
            }
        }
    }
}
