import java.time.Duration;
import java.util.List;

import io.patchbay.core.Credential;
import io.patchbay.core.DeviceAddress;
import io.patchbay.core.SnmpSession;
import io.patchbay.core.SnmpSpec;
import io.patchbay.core.SnmpVarBind;
import io.patchbay.transport.snmp.internal.Snmp4jTransport;

/**
 * Our SNMP transport against one agent: sequential GETs per second in one session (v2c and v3 authPriv), and the time
 * of a GETBULK walk. Run by releng/bench/snmp.sh, outside OSGi (the transport is a plain class behind its DS service).
 * Args: HOST PORT COMMUNITY V3USER AUTH PRIV GETS WALK_ROOT WALKS REPETITIONS SNMPBULKWALK-COMMAND...
 */
public class SnmpBench {

    public static void main(String[] args) throws Exception {
        DeviceAddress agent = DeviceAddress.of(args[0], Integer.parseInt(args[1]));
        int gets = Integer.parseInt(args[6]);
        String walkRoot = args[7];
        int walks = Integer.parseInt(args[8]);
        int repetitions = Integer.parseInt(args[9]);
        Snmp4jTransport transport = new Snmp4jTransport();
        SnmpSpec v2c = SnmpSpec.v2c(agent, Credential.password("", args[2].toCharArray()))
                .timeout(Duration.ofSeconds(2)).maxRepetitions(repetitions).build();
        SnmpSpec v3 = SnmpSpec.v3(agent, Credential.password(args[3], args[4].toCharArray()))
                .privacy(Credential.password(args[3], args[5].toCharArray())).timeout(Duration.ofSeconds(2))
                .maxRepetitions(repetitions).build();
        for (SnmpSpec spec : List.of(v2c, v3)) {
            try (SnmpSession session = transport.open(spec)) {
                for (int i = 0; i < Math.min(2000, gets); i++) { // warm-up: JIT, key localisation
                    session.get("1.3.6.1.2.1.1.5.0");
                }
                long start = System.nanoTime();
                for (int i = 0; i < gets; i++) {
                    session.get("1.3.6.1.2.1.1.5.0");
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("patchbay  %-4s GET sysName.0, one session, sequential: %,.0f GETs/s (%d GETs)%n",
                        spec.version() == SnmpSpec.Version.V2C ? "v2c" : "v3", gets / seconds, gets);
            }
        }
        // the walks alternate with snmpbulkwalk's, so that both see the same load on a shared machine
        List<String> external = List.of(args).subList(10, args.length);
        try (SnmpSession session = transport.open(v2c)) {
            int objects = 0;
            for (int i = 0; i < 5; i++) { // warm-up
                objects = session.walk(walkRoot).size();
            }
            double[] ours = new double[walks];
            double[] theirs = new double[walks];
            for (int i = 0; i < walks; i++) {
                long start = System.nanoTime();
                objects = session.walk(walkRoot).size();
                ours[i] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                Process process = new ProcessBuilder(external).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectErrorStream(true).start();
                if (process.waitFor() != 0) {
                    throw new IllegalStateException(external.get(0) + " failed");
                }
                theirs[i] = (System.nanoTime() - start) / 1e6;
            }
            java.util.Arrays.sort(ours);
            java.util.Arrays.sort(theirs);
            System.out.printf("patchbay  v2c  walk %s (GETBULK x%d): median %.1f ms per walk (best %.1f), %d objects%n",
                    walkRoot, repetitions, ours[walks / 2], ours[0], objects);
            System.out.printf("net-snmp  v2c  %s (-Cr%d), alternating with ours: median %.1f ms per walk (best %.1f),"
                    + " process start included%n", external.get(0), repetitions, theirs[walks / 2], theirs[0]);
            System.out.println("WALK_MS=" + ours[walks / 2] + " " + theirs[walks / 2]);
        }
    }
}
