package io.patchbay.transport.ssh.tests;

import java.nio.file.Path;

/** The transport suite against Debian's OpenSSH sshd (OSBiz S, Linux servers), started on loopback. */
class OpenSshTest extends SshTransportContract {

    @Override
    protected SshPeer startPeer(Path folder) throws Exception {
        return DebianSshPeer.openSsh(folder);
    }
}
