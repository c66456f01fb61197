package io.patchbay.model.validation.internal;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.RsipClient;
import io.patchbay.model.RsipServer;

/** F-54: tunnel MTU below the external interface's MTU, and the server end above the client end. */
final class F54RsipMtu extends Rule<RsipServer> {

    F54RsipMtu() {
        super("F-54", RsipServer.class);
    }

    @Override
    void check(RsipServer server, Report.ForRule report) {
        int mtu = server.getMtu();
        if (mtu <= 0) {
            return;
        }
        if (mtu >= server.getExternalInterfaceMtu()) {
            report.error(server, EstatePackage.Literals.RSIP_SERVER__MTU, "tunnel MTU " + mtu + " is not below the external interface's MTU "
                    + server.getExternalInterfaceMtu(), "set it below " + server.getExternalInterfaceMtu()
                            + " (e.g. " + (server.getExternalInterfaceMtu() - 20) + ")");
        }
        for (RsipClient client : server.getClients()) {
            if (client.getMtu() > 0 && client.getMtu() >= mtu) {
                report.error(client, EstatePackage.Literals.RSIP_CLIENT__MTU, "client MTU " + client.getMtu() + " is not below the server end's " + mtu,
                        "set it below " + mtu + " (e.g. 1400 with 1480)");
            }
        }
    }
}
