package io.patchbay.model.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.RsipServer;

/**
 * F-51: rsipd.conf has PORT_RANGE, INT_IF, EXT_IF and POOL, the interfaces differ, and MAX_CLIENTS admits every
 * client (0 with one public address means at most 5).
 */
final class F51RsipConfiguration extends Rule<RsipServer> {

    static final int DEFAULT_CLIENTS_WITH_ONE_ADDRESS = 5;

    F51RsipConfiguration() {
        super("F-51", RsipServer.class);
    }

    @Override
    void check(RsipServer server, Report.ForRule report) {
        List<String> missing = new ArrayList<>();
        if (server.getPortRange() == null) {
            missing.add("PORT_RANGE");
        }
        if (Systems.blank(server.getInternalInterface())) {
            missing.add("INT_IF");
        }
        if (Systems.blank(server.getExternalInterface())) {
            missing.add("EXT_IF");
        }
        if (Systems.blank(server.getPool())) {
            missing.add("POOL");
        }
        if (!missing.isEmpty()) {
            report.error(server, "rsipd.conf lacks " + String.join(", ", missing), "set " + String.join(", ", missing));
        }
        if (!Systems.blank(server.getInternalInterface())
                && Objects.equals(server.getInternalInterface(), server.getExternalInterface())) {
            report.error(server, EstatePackage.Literals.RSIP_SERVER__INTERNAL_INTERFACE, "INT_IF and EXT_IF are both " + server.getInternalInterface(),
                    "set INT_IF to the interface the clients are on");
        }
        int limit = limit(server);
        int clients = server.getClients().size();
        if (clients > limit) {
            report.errorFixedBy(server, EstatePackage.Literals.RSIP_SERVER__MAX_CLIENTS, clients, clients + " clients but MAX_CLIENTS admits " + limit
                    + " (the others get \"Unable to register\")", "raise MAX_CLIENTS to at least " + clients);
        }
    }

    static int poolAddresses(RsipServer server) {
        return Systems.blank(server.getPool()) ? 0 : server.getPool().strip().split("[\\s,]+").length;
    }

    private static int limit(RsipServer server) {
        if (server.getMaxClients() > 0) {
            return server.getMaxClients();
        }
        return poolAddresses(server) <= 1 ? DEFAULT_CLIENTS_WITH_ONE_ADDRESS : Integer.MAX_VALUE;
    }
}
