package io.patchbay.transport.snmp.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import org.snmp4j.CommandResponderEvent;
import org.snmp4j.PDU;
import org.snmp4j.ScopedPDU;
import org.snmp4j.Snmp;
import org.snmp4j.Target;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.event.ResponseListener;
import org.snmp4j.mp.PduHandle;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;

import io.patchbay.core.DeviceAddress;
import io.patchbay.core.SnmpErrorStatus;
import io.patchbay.core.SnmpSession;
import io.patchbay.core.SnmpSpec;
import io.patchbay.core.SnmpValue;
import io.patchbay.core.SnmpVarBind;
import io.patchbay.core.TransportException;
import io.patchbay.core.transportlog.SecretMasker;
import io.patchbay.core.transportlog.TransportLogWriter;

/** One device: requests are sent asynchronously so that a cancellation can end the wait at once. */
final class Snmp4jSession implements SnmpSession {

    /** usmStats counters (RFC 3414) a v3 agent reports when it refuses a request's security. */
    private static final String USM_STATS = "1.3.6.1.6.3.15.1.1.";

    private final SnmpSpec spec;
    private final Snmp snmp;
    private final Target<UdpAddress> target;
    private final List<String> warnings;
    private final Set<CompletableFuture<ResponseEvent<?>>> pending = ConcurrentHashMap.newKeySet();
    /** Objects this session wrote a secret to: what a device answers for them is never logged. */
    private final Set<String> secretOids = ConcurrentHashMap.newKeySet();
    private final TransportLogWriter log;
    private volatile boolean open = true;

    Snmp4jSession(SnmpSpec spec, Snmp snmp, Target<UdpAddress> target, List<String> warnings,
            TransportLogWriter log) {
        this.spec = spec;
        this.snmp = snmp;
        this.target = target;
        this.warnings = warnings;
        this.log = log;
        // An agent reports a wrong pass phrase or user unauthenticated (it cannot do otherwise), and SNMP4J by default
        // drops such reports (RFC 3412 7.2.11b), leaving us a timeout. We take them for this session only, instead of
        // relaxing SNMP4J's process-wide setting, and only to fail the requests waiting, never to accept data.
        Snmp.ReportHandler standard = snmp.getReportHandler();
        snmp.setReportHandler(new Snmp.ReportHandler() {
            @Override
            public <A extends org.snmp4j.smi.Address> void processReport(PduHandle handle,
                    CommandResponderEvent<A> event) {
                standard.processReport(handle, event);
                PDU report = event.getPDU();
                if (report != null && report.size() > 0 && isSecurityRefusal(report.get(0).getOid().toDottedString())) {
                    TransportException failure = report(report, "request");
                    pending.forEach(future -> future.completeExceptionally(failure));
                }
            }
        });
    }

    private static boolean isSecurityRefusal(String oid) {
        return oid.startsWith(USM_STATS + "1.") || oid.startsWith(USM_STATS + "3.") || oid.startsWith(USM_STATS + "5.")
                || oid.startsWith(USM_STATS + "6.");
    }

    @Override
    public DeviceAddress device() {
        return spec.device();
    }

    @Override
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public List<SnmpVarBind> get(List<String> oids) throws TransportException {
        PDU request = pdu(PDU.GET);
        for (String oid : oids) {
            request.add(new VariableBinding(new OID(SnmpVarBind.of(oid, SnmpValue.special(SnmpValue.Type.NULL))
                    .oid())));
        }
        return values(send(request, "GET"));
    }

    @Override
    public SnmpVarBind getNext(String oid) throws TransportException {
        PDU request = pdu(PDU.GETNEXT);
        request.add(new VariableBinding(new OID(SnmpVarBind.of(oid, SnmpValue.special(SnmpValue.Type.NULL)).oid())));
        return values(send(request, "GETNEXT")).get(0);
    }

    @Override
    public List<SnmpVarBind> walk(String subtree) throws TransportException {
        OID root = new OID(SnmpVarBind.of(subtree, SnmpValue.special(SnmpValue.Type.NULL)).oid());
        List<SnmpVarBind> result = new ArrayList<>();
        OID last = root;
        while (true) {
            PDU request = pdu(PDU.GETBULK);
            request.setMaxRepetitions(spec.maxRepetitions());
            request.setNonRepeaters(0);
            request.add(new VariableBinding(last));
            PDU response = send(request, "GETBULK");
            if (response.size() == 0) {
                return result;
            }
            for (VariableBinding vb : response.getVariableBindings()) {
                OID oid = vb.getOid();
                if (vb.getVariable().isException() || !oid.startsWith(root)) {
                    return result;
                }
                if (oid.compareTo(last) <= 0) {
                    throw TransportException.protocolError(device(), "the walk of " + subtree + " went backwards at "
                            + oid.toDottedString(), "The device's SNMP agent is faulty: report it to its vendor", null);
                }
                result.add(SnmpVarBind.of(oid.toDottedString(), Values.fromSnmp4j(vb.getVariable())));
                last = oid;
            }
        }
    }

    @Override
    public List<SnmpVarBind> set(List<SnmpVarBind> values) throws TransportException {
        PDU request = pdu(PDU.SET);
        for (SnmpVarBind value : values) {
            request.add(new VariableBinding(new OID(value.oid()), Values.toSnmp4j(value.value())));
            if (value.value().isSecret()) {
                secretOids.add(value.oid());
            }
        }
        List<SnmpVarBind> answer = values(send(request, "SET"));
        // what we sent stays masked: a device echoes a password back in its response
        List<SnmpVarBind> masked = new ArrayList<>(answer.size());
        for (int i = 0; i < answer.size(); i++) {
            boolean secret = i < values.size() && values.get(i).value().isSecret();
            masked.add(secret ? values.get(i) : answer.get(i));
        }
        return masked;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        if (open) {
            log.event("closed");
            log.masker().destroy();
        }
        open = false;
        // a request still waiting ends now rather than at its timeout
        TransportException closed = TransportException.connectionLost(device(), null, null);
        pending.forEach(future -> future.completeExceptionally(closed));
        Snmp4jTransport.close(snmp);
    }

    @Override
    public String toString() {
        return "SnmpSession[" + spec + (open ? "" : ", closed") + "]";
    }

    private PDU pdu(int type) {
        PDU pdu = spec.version() == SnmpSpec.Version.V3 ? new ScopedPDU() : new PDU();
        pdu.setType(type);
        return pdu;
    }

    private static List<SnmpVarBind> values(PDU response) {
        List<SnmpVarBind> result = new ArrayList<>(response.size());
        for (VariableBinding vb : response.getVariableBindings()) {
            result.add(SnmpVarBind.of(vb.getOid().toDottedString(), Values.fromSnmp4j(vb.getVariable())));
        }
        return result;
    }

    /** Sends and waits for the answer, logging both (masked) and any failure. */
    private PDU send(PDU request, String operation) throws TransportException {
        if (!log.isEnabled()) {
            return exchange(request, operation);
        }
        log.sent(describe(request, operation));
        try {
            PDU response = exchange(request, operation);
            log.received(describe(response));
            return response;
        } catch (TransportException e) {
            log.error(e.getMessage());
            throw e;
        }
    }

    /** {@code GET oid, oid}, {@code SET oid = value, …} with secrets masked. */
    private String describe(PDU request, String operation) {
        StringBuilder text = new StringBuilder(operation);
        if (request.getType() == PDU.GETBULK) {
            text.append(" (").append(request.getMaxRepetitions()).append(" per request)");
        }
        String separator = " ";
        for (VariableBinding vb : request.getVariableBindings()) {
            String oid = vb.getOid().toDottedString();
            text.append(separator).append(oid);
            if (request.getType() == PDU.SET) {
                text.append(" = ").append(shown(oid, vb));
            }
            separator = ", ";
        }
        return text.toString();
    }

    /** One line per object of a response: {@code oid = TYPE: value}, secrets masked. */
    private String describe(PDU response) {
        if (response.size() == 0) {
            return "(no objects)";
        }
        StringBuilder text = new StringBuilder();
        for (VariableBinding vb : response.getVariableBindings()) {
            String oid = vb.getOid().toDottedString();
            text.append(oid).append(" = ").append(shown(oid, vb)).append('\n');
        }
        return text.toString();
    }

    private String shown(String oid, VariableBinding vb) {
        if (secretOids.contains(oid)) {
            return SecretMasker.MASK;
        }
        return log.masker().maskSnmpValue(oid, Values.fromSnmp4j(vb.getVariable()).toString());
    }

    /** Sends and waits for the answer, the timeout (SNMP4J retries within it) or a cancellation. */
    private PDU exchange(PDU request, String operation) throws TransportException {
        if (!open) {
            throw TransportException.connectionLost(device(), null, null);
        }
        if (spec.cancellation().isCancelled()) {
            throw TransportException.cancelled(device(), operation);
        }
        CompletableFuture<ResponseEvent<?>> answer = new CompletableFuture<>();
        ResponseListener listener = new ResponseListener() {
            @Override
            public <A extends org.snmp4j.smi.Address> void onResponse(ResponseEvent<A> event) {
                ((Snmp) event.getSource()).cancel(event.getRequest(), this);
                answer.complete(event);
            }
        };
        ResponseEvent<?> event;
        pending.add(answer);
        try (AutoCloseable onCancel = spec.cancellation().onCancel(() -> answer.cancel(false))) {
            snmp.send(request, target, null, listener);
            event = answer.get();
        } catch (ExecutionException e) {
            snmp.cancel(request, listener);
            if (e.getCause() instanceof TransportException refused) {
                throw refused;
            }
            throw TransportException.protocolError(device(), operation + " failed", "Try again", e.getCause());
        } catch (java.util.concurrent.CancellationException e) {
            snmp.cancel(request, listener);
            throw TransportException.cancelled(device(), operation);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            snmp.cancel(request, listener);
            throw TransportException.cancelled(device(), operation);
        } catch (IOException e) {
            throw open ? TransportException.unreachable(device(), e.getClass().getSimpleName(), e)
                    : TransportException.connectionLost(device(), null, e);
        } catch (Exception e) {
            throw TransportException.protocolError(device(), operation + " failed", "Try again", e);
        } finally {
            pending.remove(answer);
        }
        if (event.getError() != null) {
            throw TransportException.protocolError(device(), operation + " failed ("
                    + event.getError().getClass().getSimpleName() + ")", "Check the SNMP version and security "
                            + "settings stored for the device", event.getError());
        }
        PDU response = event.getResponse();
        if (response == null) {
            throw timeout(operation);
        }
        if (response.getType() == PDU.REPORT) {
            throw report(response, operation);
        }
        if (response.getErrorStatus() != PDU.noError) {
            int index = response.getErrorIndex();
            String oid = index >= 1 && index <= request.size() ? request.get(index - 1).getOid().toDottedString()
                    : null;
            throw TransportException.snmpRefused(device(), operation, SnmpErrorStatus.of(response.getErrorStatus()),
                    oid, null);
        }
        return response;
    }

    private TransportException timeout(String operation) {
        long total = spec.timeout().toMillis() * (spec.retries() + 1);
        String problem = operation + " got no answer within " + total + " ms (" + (spec.retries() + 1) + " tries)";
        String fix = spec.version() == SnmpSpec.Version.V2C
                ? "Check that the device is on, the address and UDP port, and the community: a device ignores a "
                        + "wrong community instead of answering"
                : "Check that the device is on, the address and UDP port, and that no firewall drops UDP";
        return TransportException.of(TransportException.Kind.TIMEOUT, device(), problem, fix, null);
    }

    private TransportException report(PDU response, String operation) {
        String oid = response.size() > 0 ? response.get(0).getOid().toDottedString() : "";
        String user = "SNMPv3 user '" + spec.credential().username() + "'";
        if (oid.startsWith(USM_STATS + "3.")) {
            return TransportException.of(TransportException.Kind.AUTH_FAILED, device(), "the device does not know the "
                    + user, "Check the user name stored for the device, or create the user on the device", null);
        }
        if (oid.startsWith(USM_STATS + "5.")) {
            return TransportException.of(TransportException.Kind.AUTH_FAILED, device(), "the device refused the "
                    + "authentication of the " + user, "Store the device's current authentication pass phrase in "
                            + "the vault and check the authentication protocol (SHA-1/SHA-2)", null);
        }
        if (oid.startsWith(USM_STATS + "6.")) {
            return TransportException.of(TransportException.Kind.AUTH_FAILED, device(), "the device could not "
                    + "decrypt the request of the " + user, "Store the device's current privacy pass phrase in the "
                            + "vault and check that it uses AES", null);
        }
        if (oid.startsWith(USM_STATS + "1.")) {
            return TransportException.of(TransportException.Kind.AUTH_FAILED, device(), "the device does not allow "
                    + spec.securityLevel() + " for the " + user, "Use the security level the device is set up for",
                    null);
        }
        return TransportException.protocolError(device(), operation + " answered by a report " + oid,
                "Check the SNMPv3 settings stored for the device", null);
    }

}
