package io.patchbay.simulator.osbiz.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.snmp4j.CommandResponder;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.MessageException;
import org.snmp4j.PDU;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/**
 * Answers GET, GETNEXT, GETBULK and SET from the {@link PatchbayMib}, with the twin's faults. SNMPv3 security is
 * checked by SNMP4J's USM before a request gets here; the community of v2c is checked here, and a wrong one is
 * ignored the way real agents do.
 */
public final class TwinResponder implements CommandResponder {

    private final PatchbayMib mib;
    private final ScheduledExecutorService delayed;
    private volatile byte[] community;
    private volatile boolean silent;
    private volatile Duration delay = Duration.ZERO;
    private final AtomicLong answered = new AtomicLong();

    public TwinResponder(PatchbayMib mib, char[] community, ScheduledExecutorService delayed) {
        this.mib = mib;
        this.community = new String(community).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        this.delayed = delayed;
    }

    public void community(char[] community) {
        this.community = new String(community).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public void silent(boolean silent) {
        this.silent = silent;
    }

    public void delay(Duration delay) {
        this.delay = delay;
    }

    public long answered() {
        return answered.get();
    }

    @Override
    public <A extends org.snmp4j.smi.Address> void processPdu(CommandResponderEvent<A> event) {
        event.setProcessed(true);
        if (silent) {
            return;
        }
        if (event.getMessageProcessingModel() == MPv2c.ID && !Arrays.equals(event.getSecurityName(), community)) {
            return;
        }
        PDU request = event.getPDU();
        PDU response = answer(request, event.getMaxSizeResponsePDU());
        if (response == null) {
            return;
        }
        Duration wait = delay;
        if (wait.isZero()) {
            send(event, response);
        } else {
            delayed.schedule(() -> send(event, response), wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private PDU answer(PDU request, int maxSize) {
        PDU response = (PDU) request.clone();
        response.clear(); // also zeroes the request ID, which the client matches the answer by
        response.setRequestID(request.getRequestID());
        response.setType(PDU.RESPONSE);
        response.setErrorStatus(PDU.noError);
        response.setErrorIndex(0);
        switch (request.getType()) {
            case PDU.GET -> request.getVariableBindings().forEach(vb -> response.add(new VariableBinding(vb.getOid(),
                    mib.get(vb.getOid()))));
            case PDU.GETNEXT -> request.getVariableBindings().forEach(vb -> response.add(mib.next(vb.getOid())));
            case PDU.GETBULK -> bulk(request, response, maxSize);
            case PDU.SET -> {
                PatchbayMib.SetOutcome outcome = mib.set(new ArrayList<>(request.getVariableBindings()));
                response.addAll(request.getVariableBindings());
                response.setErrorStatus(outcome.status());
                response.setErrorIndex(outcome.index());
            }
            default -> {
                return null;
            }
        }
        return response;
    }

    private void bulk(PDU request, PDU response, int maxSize) {
        List<? extends VariableBinding> vbs = request.getVariableBindings();
        int nonRepeaters = Math.max(0, Math.min(request.getNonRepeaters(), vbs.size()));
        for (int i = 0; i < nonRepeaters; i++) {
            response.add(mib.next(vbs.get(i).getOid()));
        }
        List<OID> cursors = new ArrayList<>();
        for (int i = nonRepeaters; i < vbs.size(); i++) {
            cursors.add(vbs.get(i).getOid());
        }
        int budget = Math.max(maxSize, 484) - 120;
        for (int r = 0; r < Math.max(1, request.getMaxRepetitions()) && !cursors.isEmpty(); r++) {
            for (int c = 0; c < cursors.size(); c++) {
                VariableBinding next = mib.next(cursors.get(c));
                response.add(next);
                if (response.getBERLength() > budget) {
                    response.trim();
                    return;
                }
                cursors.set(c, next.getOid());
            }
        }
    }

    private <A extends org.snmp4j.smi.Address> void send(CommandResponderEvent<A> event, PDU response) {
        try {
            event.getMessageDispatcher().returnResponsePdu(event.getMessageProcessingModel(),
                    event.getSecurityModel(), event.getSecurityName(), event.getSecurityLevel(), response,
                    event.getMaxSizeResponsePDU(), event.getStateReference(), new StatusInformation());
            answered.incrementAndGet();
        } catch (MessageException e) {
            // the client is gone; a real agent would drop the answer as well
        }
    }
}
