package io.patchbay.transport.snmp.tests;

import java.nio.file.Path;

/** The transport suite against Debian's net-snmp snmpd, started on a loopback high port with a temporary config. */
class NetSnmpdTest extends SnmpTransportContract {

    @Override
    protected SnmpPeer startPeer(Path folder) throws Exception {
        return NetSnmpPeer.start(folder);
    }
}
