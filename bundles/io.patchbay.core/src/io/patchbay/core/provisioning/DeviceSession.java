package io.patchbay.core.provisioning;

import java.util.List;
import java.util.Map;

import io.patchbay.core.Cancellation;
import io.patchbay.core.SnmpSession;
import io.patchbay.core.TransportException;
import io.patchbay.core.TransportSession;
import io.patchbay.model.ManagedDevice;

/** The session of one apply job, in its provisioner's protocol: reads through the provisioner, runs steps. */
final class DeviceSession implements AutoCloseable {

    private final TransportSession ssh;
    private final SnmpSession snmp;

    private DeviceSession(TransportSession ssh, SnmpSession snmp) {
        this.ssh = ssh;
        this.snmp = snmp;
    }

    static DeviceSession open(Provisioner provisioner, DeviceConnector connector, ManagedDevice device,
            Cancellation cancellation) throws TransportException, ProvisioningException {
        return provisioner.protocol() == Provisioner.Protocol.SNMP
                ? new DeviceSession(null, connector.openSnmp(device, cancellation))
                : new DeviceSession(connector.open(device, cancellation), null);
    }

    Map<String, String> readActual(Provisioner provisioner, ManagedDevice device)
            throws TransportException, ProvisioningException {
        return snmp != null ? provisioner.readActual(device, snmp) : provisioner.readActual(device, ssh);
    }

    /** Runs one step: its commands, each of which must succeed, then its varbinds as one SET. */
    void run(Step step) throws TransportException {
        for (String command : step.commands()) {
            if (ssh == null) {
                throw new IllegalStateException("a step with command lines on an SNMP session: " + step.description());
            }
            ssh.exec(command).requireSuccess();
        }
        if (!step.sets().isEmpty()) {
            if (snmp == null) {
                throw new IllegalStateException("a step with SNMP SETs on an SSH session: " + step.description());
            }
            snmp.set(List.copyOf(step.sets()));
        }
    }

    boolean isOpen() {
        return snmp != null ? snmp.isOpen() : ssh.isOpen();
    }

    @Override
    public void close() {
        if (snmp != null) {
            snmp.close();
        } else {
            ssh.close();
        }
    }
}
