package io.patchbay.transport.snmp.tests;

import io.patchbay.core.Credential;
import io.patchbay.core.DeviceAddress;
import io.patchbay.core.SnmpSpec;
import io.patchbay.simulator.osbiz.OsbizSnmpTwin;

/** The OSBiz SNMP twin as a peer of the suite. */
final class TwinSnmpPeer implements SnmpPeer {

    final OsbizSnmpTwin twin;

    TwinSnmpPeer() throws Exception {
        twin = OsbizSnmpTwin.builder().start();
    }

    @Override
    public DeviceAddress address() {
        return DeviceAddress.of(twin.host(), twin.port());
    }

    @Override
    public Credential community() {
        return Credential.password("", twin.community());
    }

    @Override
    public Credential v3User() {
        return Credential.password(twin.v3User(), twin.v3AuthPassphrase());
    }

    @Override
    public Credential v3Privacy() {
        return Credential.password(twin.v3User(), twin.v3PrivPassphrase());
    }

    @Override
    public SnmpSpec.AuthProtocol authProtocol() {
        return SnmpSpec.AuthProtocol.SHA256;
    }

    @Override
    public void close() {
        twin.close();
    }

    @Override
    public String toString() {
        return twin.toString();
    }
}
