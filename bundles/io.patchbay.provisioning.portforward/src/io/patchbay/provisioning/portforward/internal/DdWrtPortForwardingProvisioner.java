package io.patchbay.provisioning.portforward.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;

import io.patchbay.core.CommandResult;
import io.patchbay.core.TransportException;
import io.patchbay.core.TransportSession;
import io.patchbay.core.provisioning.ProvisioningException;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.core.provisioning.SelfRevert;
import io.patchbay.core.provisioning.Step;
import io.patchbay.model.CompanyRouter;
import io.patchbay.model.ManagedDevice;
import io.patchbay.model.validation.RequiredForward;
import io.patchbay.model.validation.RequiredForwarding;
import io.patchbay.provisioning.portforward.DdWrtForward;

/**
 * Port forwarding on a DD-WRT company router: the forwards of F-10 and F-23 for the features its systems use, as
 * entries named {@code pb-…} in NVRAM {@code forward_spec}/{@code forward_port}. Entries Patchbay did not make are
 * kept, except those that forward an internal SIP port 5060–5062 (F-23) and those that take an external port a
 * needed forward uses (they would send it elsewhere). Writes set NVRAM, commit it and restart the firewall.
 * <p>
 * A firewall restart with new forwards can cut the console off the router, so changes are commit-confirmed: a
 * background job ({@code (sleep N && … ) >/dev/null 2>&1 &}, its process id in {@value #REVERT_PID}, in RAM, so a
 * reboot forgets it with the job) writes the before-values back and restarts the firewall unless {@code kill} ends it
 * first.
 */
@Component(service = Provisioner.class, property = Provisioner.FEATURE + "=" + DdWrtPortForwardingProvisioner.FEATURE)
public final class DdWrtPortForwardingProvisioner implements Provisioner {

    public static final String FEATURE = "portforward";

    /** The prefix of the entries Patchbay owns: rewritten from the estate on every apply. */
    static final String OWN = "pb-";

    /** The file holding the process id of the pending revert job. */
    static final String REVERT_PID = "/tmp/patchbay-revert.pid";

    @Override
    public String feature() {
        return FEATURE;
    }

    @Override
    public String description() {
        return "Port forwarding on company routers running DD-WRT (F-10, F-23)";
    }

    @Override
    public boolean appliesTo(ManagedDevice device) {
        return device instanceof CompanyRouter;
    }

    @Override
    public Map<String, String> readActual(ManagedDevice device, TransportSession session)
            throws TransportException, ProvisioningException {
        CommandResult read = session
                .exec("nvram get " + DdWrtForward.SINGLE_PORTS + "; nvram get " + DdWrtForward.RANGES)
                .requireSuccess();
        List<String> lines = read.stdout().lines().toList();
        if (lines.size() != 2) {
            throw new ProvisioningException(device.getName() + " (" + device.getId() + ")",
                    "reading NVRAM forward_spec and forward_port gave " + lines.size() + " lines instead of 2",
                    "Check that the router runs DD-WRT and answers 'nvram get' as DD-WRT does");
        }
        Map<String, String> actual = new LinkedHashMap<>();
        actual.put(DdWrtForward.SINGLE_PORTS, lines.get(0).strip());
        actual.put(DdWrtForward.RANGES, lines.get(1).strip());
        return actual;
    }

    @Override
    public Map<String, String> desired(ManagedDevice device, Map<String, String> actual)
            throws ProvisioningException {
        CompanyRouter router = (CompanyRouter) device;
        List<DdWrtForward> needed = needed(router);
        List<String> singles = new ArrayList<>();
        List<String> ranges = new ArrayList<>();
        for (boolean isRange : new boolean[] {false, true}) {
            String variable = isRange ? DdWrtForward.RANGES : DdWrtForward.SINGLE_PORTS;
            for (DdWrtForward entry : DdWrtForward.parse(actual.getOrDefault(variable, ""), isRange)) {
                if (keep(entry, needed)) {
                    (isRange ? ranges : singles).add(entry.text());
                }
            }
        }
        for (DdWrtForward forward : needed) {
            (forward.isSinglePort() ? singles : ranges).add(forward.text());
        }
        Map<String, String> desired = new LinkedHashMap<>();
        desired.put(DdWrtForward.SINGLE_PORTS, String.join(" ", singles));
        desired.put(DdWrtForward.RANGES, String.join(" ", ranges));
        return desired;
    }

    @Override
    public List<Step> write(ManagedDevice device, Map<String, String> values) {
        // one command line per step: fewer round trips, and NVRAM is never left set but uncommitted by a lost link
        List<String> commands = new ArrayList<>();
        for (Map.Entry<String, String> value : values.entrySet()) {
            commands.add("nvram set '" + value.getKey() + "=" + value.getValue() + "'");
        }
        commands.add("nvram commit");
        return List.of(
                Step.of("set NVRAM " + String.join(", ", values.keySet()) + " and commit",
                        String.join(" && ", commands)),
                Step.of("restart the firewall so that NAT follows NVRAM",
                        "stopservice firewall && startservice firewall"));
    }

    @Override
    public boolean canCutOffConsole() {
        return true;
    }

    @Override
    public SelfRevert selfRevert(ManagedDevice device, Map<String, String> before, Duration window) {
        List<String> restore = new ArrayList<>();
        restore.add("sleep " + Math.max(1, window.toSeconds()));
        restore.add("rm -f " + REVERT_PID);
        write(device, before).forEach(step -> restore.addAll(step.commands()));
        return new SelfRevert(
                List.of(Step.of("arm the router's own revert in " + window.toSeconds() + " s",
                        "(" + String.join(" && ", restore) + ") >/dev/null 2>&1 & echo $! >" + REVERT_PID)),
                // kill fails when the job is gone (it ran): the engine then knows the confirmation came too late
                List.of(Step.of("confirm: end the pending revert",
                        "kill $(cat " + REVERT_PID + ") && rm -f " + REVERT_PID)));
    }

    /** The estate's forwards for {@code router} as DD-WRT entries, named {@code pb-SERVICE[-N]}. */
    static List<DdWrtForward> needed(CompanyRouter router) throws ProvisioningException {
        List<DdWrtForward> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (RequiredForward forward : RequiredForwarding.of(router)) {
            String where = router.getName() + " (" + router.getId() + ")";
            if (forward.internal().overlaps(RequiredForwarding.INTERNAL_SIP)) {
                throw new ProvisioningException(where, "the estate asks to forward " + forward.describe()
                        + ", an internal SIP port (F-23)", "Set the system's SIP internet ports to 5070/5071");
            }
            if (forward.external().count() > 1 && !forward.external().equals(forward.internal())) {
                throw new ProvisioningException(where, "DD-WRT cannot forward the range " + forward.describe()
                        + " to other ports", "Forward the range to the same ports");
            }
            if (forward.host() == null || forward.host().isBlank() || forward.host().contains(" ")) {
                throw new ProvisioningException(where, "the system behind it has no LAN address",
                        "Set the LAN address of the system's internet interface");
            }
            String base = OWN + slug(forward.service());
            String name = base;
            for (int n = 2; !names.add(name); n++) {
                name = base + "-" + n;
            }
            entries.add(DdWrtForward.of(name, forward.protocol(), forward.external(), forward.host(),
                    forward.internal()));
        }
        return entries;
    }

    /** Keeps what Patchbay did not make, unless it forwards internal SIP ports or takes a needed external port. */
    private static boolean keep(DdWrtForward entry, List<DdWrtForward> needed) {
        if (entry.name().startsWith(OWN)) {
            return false;
        }
        if (!entry.isReadable()) {
            return true;
        }
        if (entry.enabled() && entry.internal().overlaps(RequiredForwarding.INTERNAL_SIP)) {
            return false;
        }
        return needed.stream().noneMatch(n -> entry.collidesWith(n.protocol(), n.external()));
    }

    private static String slug(String service) {
        return service.toLowerCase(Locale.ROOT).chars()
                .mapToObj(c -> Character.isLetterOrDigit(c) ? String.valueOf((char) c) : "-")
                .collect(Collectors.joining()).replaceAll("-+", "-").replaceAll("^-|-$", "");
    }
}
