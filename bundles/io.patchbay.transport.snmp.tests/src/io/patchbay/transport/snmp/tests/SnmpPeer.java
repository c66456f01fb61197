package io.patchbay.transport.snmp.tests;

import io.patchbay.core.Credential;
import io.patchbay.core.DeviceAddress;
import io.patchbay.core.SnmpSpec;

/** An SNMP agent the transport suite runs against: the OSBiz twin or Debian's net-snmp snmpd on loopback. */
interface SnmpPeer extends AutoCloseable {

    DeviceAddress address();

    /** The read-write community (as the secret of a credential). */
    Credential community();

    /** The v3 user with its authentication pass phrase. */
    Credential v3User();

    /** The v3 user's privacy pass phrase. */
    Credential v3Privacy();

    /** The authentication protocol the peer's v3 user is set up with. */
    SnmpSpec.AuthProtocol authProtocol();

    @Override
    void close();
}
