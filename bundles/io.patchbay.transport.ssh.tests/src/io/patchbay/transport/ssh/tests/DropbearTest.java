package io.patchbay.transport.ssh.tests;

import java.nio.file.Path;

/** The transport suite against Debian's dropbear (the SSH server of DD-WRT routers), started on loopback. */
class DropbearTest extends SshTransportContract {

    @Override
    protected SshPeer startPeer(Path folder) throws Exception {
        return DebianSshPeer.dropbear(folder);
    }
}
