package io.patchbay.simulator.estate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import io.patchbay.core.Credential;
import io.patchbay.core.CredentialVault;
import io.patchbay.core.KnownHostsStore;
import io.patchbay.core.VaultException;
import io.patchbay.model.Booster;
import io.patchbay.model.BuffaloRouter;
import io.patchbay.model.CompanyRouter;
import io.patchbay.model.Device;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateLabels;
import io.patchbay.model.EstateResources;
import io.patchbay.model.ManagedDevice;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.RsipServer;
import io.patchbay.model.Station;
import io.patchbay.model.StationType;
import io.patchbay.model.SystemModel;
import io.patchbay.simulator.BuffaloRouterTwin;
import io.patchbay.simulator.osbiz.OsbizSnmpTwin;
import io.patchbay.simulator.osbiz.OsbizSshTwin;
import io.patchbay.simulator.rsip.RsipHostTwin;

/**
 * A twin for every device of an estate that has one, on loopback, and a copy of the estate that points at them, so
 * that the copy can be managed at once — what {@code patchbay simulate} and the console's demo mode run.
 * <p>
 * The original estate is never written. The copy ({@code NAME.simulated.estate} beside it) differs only in each
 * simulated device's address, port and credential reference; the twins' throwaway logins go into the vault under
 * {@code vault:simulated/SCOPE/DEVICE-ID}, where SCOPE stands for the state folder, so no real credential is touched
 * and two simulations of estates with the same device ids (a copy of an estate beside it) keep their logins apart. Each twin keeps its state (NVRAM) in its own
 * folder below {@code stateFolder}, so a restarted simulation keeps committed settings.
 * <p>
 * Simulated today: company routers and Buffalo routers (DD-WRT over SSH), OpenScape Business systems (over SNMP,
 * the Patchbay MIB, with the estate's stations; an OSBiz S also over SSH, its Linux server with the SPoA plugin, as
 * a second twin of the same device with the same login) and RSIP servers (a Linux host over SSH with {@code rsipd.conf} and
 * {@code rsipdctl}, its RSIP control port on loopback). Beside the twins run the protocol peers of {@link #peers()}
 * that {@code patchbay test} talks to; the copy's public addresses, STUN and NTP servers, forwards and RSP.servicelink
 * endpoints point at them. A company router's forwards follow its twin's NAT table, as on a real router: a fresh
 * twin forwards nothing until the estate's forwards are pushed ({@code patchbay apply --feature portforward}) and its
 * firewall restarts. Devices without a twin keep their addresses and are listed by {@link #notSimulated()}.
 *
 * @since 0.1
 */
public final class EstateSimulation implements AutoCloseable {

    /** The vault reference prefix of the twins' logins. */
    public static final String CREDENTIAL_PREFIX = "vault:simulated/";

    /** One running twin: which device it stands for and where it listens. */
    public record Twin(String deviceId, String device, String protocol, String host, int port, String credentialRef) {
    }

    private final Path simulatedEstate;
    private final List<Twin> twins;
    private final List<String> notSimulated;
    private final List<ProtocolPeer> peers;
    private final List<AutoCloseable> running;
    private final Map<String, BuffaloRouterTwin> routerTwins;

    private EstateSimulation(Path simulatedEstate, List<Twin> twins, List<String> notSimulated,
            List<ProtocolPeer> peers, List<AutoCloseable> running, Map<String, BuffaloRouterTwin> routerTwins) {
        this.simulatedEstate = simulatedEstate;
        this.routerTwins = Map.copyOf(routerTwins);
        this.twins = List.copyOf(twins);
        this.notSimulated = List.copyOf(notSimulated);
        this.peers = List.copyOf(peers);
        this.running = running;
    }

    /** The file name of the copy that points at the twins, for an estate file. */
    public static Path simulatedFileFor(Path estateFile) {
        String name = estateFile.getFileName().toString();
        String stem = name.endsWith("." + EstateResources.FILE_EXTENSION)
                ? name.substring(0, name.length() - EstateResources.FILE_EXTENSION.length() - 1) : name;
        return estateFile.toAbsolutePath().resolveSibling(stem + ".simulated." + EstateResources.FILE_EXTENSION);
    }

    /**
     * Starts the twins of {@code estateFile}'s devices and writes the copy that points at them.
     *
     * @param stateFolder where the twins keep their state (created when missing)
     * @param vault       where the twins' logins are stored
     * @throws IOException if the estate cannot be read, a twin cannot start or the copy cannot be written; twins
     *                     already started are stopped again
     */
    public static EstateSimulation start(Path estateFile, Path stateFolder, CredentialVault vault) throws IOException {
        Estate estate = EstateResources.load(estateFile);
        Path simulated = simulatedFileFor(estateFile);
        List<Twin> twins = new ArrayList<>();
        List<String> notSimulated = new ArrayList<>();
        List<AutoCloseable> running = new ArrayList<>();
        Map<String, BuffaloRouterTwin> routerTwins = new HashMap<>();
        try {
            for (EObject object : (Iterable<EObject>) estate::eAllContents) {
                if (!(object instanceof ManagedDevice device) || device.getHostAddress() == null) {
                    continue;
                }
                if (device instanceof CompanyRouter || device instanceof BuffaloRouter) {
                    twins.add(startRouter(device, stateFolder, vault, running, routerTwins));
                } else if (device instanceof OsbizSystem system) {
                    twins.addAll(startSystem(system, stateFolder, vault, running));
                } else if (device instanceof RsipServer rsip) {
                    twins.add(startRsipHost(rsip, stateFolder, vault, running));
                } else {
                    notSimulated.add(EstateLabels.describe(device));
                }
            }
            List<ProtocolPeer> peers = ProtocolPeers.start(estate, running, routerTwins); // what the live tests talk to
            // the twins' ports change from run to run: the copy's known hosts start empty, the original's are not
            // touched (the host keys themselves are kept in the state folder)
            Files.deleteIfExists(KnownHostsStore.besideEstate(simulated).file());
            EstateResources.save(estate, simulated);
            return new EstateSimulation(simulated, twins, notSimulated, peers, running, routerTwins);
        } catch (IOException | RuntimeException e) {
            closeAll(running);
            throw e;
        }
    }

    /** The vault name of a twin's login: {@link #CREDENTIAL_PREFIX}, the state folder's scope, the object's id. */
    private static String credentialRef(Path stateFolder, String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(stateFolder.toAbsolutePath().normalize()
                    .toString().getBytes(StandardCharsets.UTF_8));
            return CREDENTIAL_PREFIX + HexFormat.of().formatHex(digest, 0, 4) + "/" + id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    private static Twin startRouter(ManagedDevice device, Path stateFolder, CredentialVault vault,
            List<AutoCloseable> running, Map<String, BuffaloRouterTwin> routerTwins) throws IOException {
        char[] password = throwawayPassword();
        BuffaloRouterTwin twin = BuffaloRouterTwin.builder(stateFolder.resolve(device.getId())).password(password)
                .start();
        running.add(twin);
        routerTwins.put(device.getId(), twin);
        String reference = credentialRef(stateFolder, device.getId());
        store(vault, reference, Credential.password(twin.username(), password), device);
        java.util.Arrays.fill(password, '\0');
        device.setHostAddress(twin.host());
        device.setSshPort(twin.port());
        device.setCredentialRef(reference);
        device.setHostKeyFingerprint(twin.hostKeyFingerprint());
        return new Twin(device.getId(), EstateLabels.describe(device), "ssh", twin.host(), twin.port(), reference);
    }

    /**
     * An RSIP server host over SSH with the estate's interfaces (EXT_IF at the estate's MTU) and
     * {@code ip_local_port_range}; rsipd runs with the package's default {@code rsipd.conf} until the estate's is
     * applied. The copy points at its SSH port and at its RSIP control port (TCP).
     */
    private static Twin startRsipHost(RsipServer server, Path stateFolder, CredentialVault vault,
            List<AutoCloseable> running) throws IOException {
        char[] password = throwawayPassword();
        RsipHostTwin.Builder builder = RsipHostTwin.builder(stateFolder.resolve(server.getId())).password(password);
        if (server.getExternalInterface() != null && !server.getExternalInterface().isBlank()) {
            builder.interfaceMtu(server.getExternalInterface().strip(), server.getExternalInterfaceMtu());
        }
        if (server.getInternalInterface() != null && !server.getInternalInterface().isBlank()
                && !server.getInternalInterface().equals(server.getExternalInterface())) {
            builder.interfaceMtu(server.getInternalInterface().strip(), 1500);
        }
        if (server.getGatewayLocalPortRange() != null) {
            builder.ipLocalPortRange(server.getGatewayLocalPortRange().first(),
                    server.getGatewayLocalPortRange().last());
        }
        RsipHostTwin twin = builder.start();
        running.add(twin);
        String reference = credentialRef(stateFolder, server.getId());
        store(vault, reference, Credential.password(twin.username(), password), server);
        java.util.Arrays.fill(password, '\0');
        server.setHostAddress(twin.host());
        server.setSshPort(twin.port());
        server.setControlPort(twin.controlPort());
        server.setControlProtocol(io.patchbay.model.TransportProtocol.TCP);
        server.setCredentialRef(reference);
        server.setHostKeyFingerprint(twin.hostKeyFingerprint());
        return new Twin(server.getId(), EstateLabels.describe(server), "ssh", twin.host(), twin.port(), reference);
    }

    /**
     * An OSBiz twin over SNMP holding the system's stations and HFA phones; its login is an SNMPv3 user (SHA-256,
     * AES). An OSBiz S is a Linux server managed over SSH too: a second twin, {@link OsbizSshTwin}, with the system's
     * release, accepts the same login (the model has one credential per device), and the copy's SSH port points at
     * it.
     */
    private static List<Twin> startSystem(OsbizSystem system, Path stateFolder, CredentialVault vault,
            List<AutoCloseable> running) throws IOException {
        char[] passphrase = throwawayPassword();
        OsbizSnmpTwin.Builder builder = OsbizSnmpTwin.builder().v3User("patchbay", passphrase, passphrase)
                .community(throwawayPassword());
        if (system.getRelease() != null) {
            builder.release(system.getRelease().toString());
        }
        for (Station station : system.getStations()) {
            Integer number = callNumber(station);
            if (number == null) {
                continue;
            }
            String password = null;
            if (station.isAuthentication()) { // a throwaway station password, in the vault like the real ones
                char[] secret = throwawayPassword();
                password = new String(secret);
                String stationRef = credentialRef(stateFolder, station.getId());
                store(vault, stationRef, Credential.password(station.getNumber(), secret), system);
                java.util.Arrays.fill(secret, '\0');
                station.setPasswordRef(stationRef);
            }
            builder.station(number, station.getName() == null ? "" : station.getName(),
                    station.getType() == StationType.SIP_CLIENT ? OsbizSnmpTwin.SIP_CLIENT
                            : OsbizSnmpTwin.SYSTEM_CLIENT,
                    station.isAuthentication(), password, station.isSbcFlag(),
                    station.getClassOfService().getValue() + 1);
        }
        for (Device device : system.getDevices()) { // HFA phones, logged in as their station
            Station station = device.getStation();
            Integer number = station == null || station.getType() != StationType.SYSTEM_CLIENT_HFA ? null
                    : callNumber(station);
            if (number != null) {
                builder.device(number, device.getMac(),
                        device.getFirmware() == null ? null : device.getFirmware().toString());
            }
        }
        OsbizSnmpTwin twin = builder.start();
        running.add(twin);
        String reference = credentialRef(stateFolder, system.getId());
        OsbizSshTwin server = null;
        if (system.getModel() == SystemModel.S) {
            OsbizSshTwin.Builder ssh = OsbizSshTwin.builder(stateFolder.resolve(system.getId()))
                    .username(twin.v3User()).password(passphrase).boosterServer(system.getBooster() == Booster.SERVER);
            if (system.getRelease() != null) {
                ssh.release(system.getRelease().toString());
            }
            server = ssh.start();
            running.add(server);
        }
        store(vault, reference, Credential.password(twin.v3User(), passphrase), system);
        java.util.Arrays.fill(passphrase, '\0');
        system.setHostAddress(twin.host());
        system.setSnmpPort(twin.port());
        system.setCredentialRef(reference);
        List<Twin> started = new ArrayList<>();
        started.add(new Twin(system.getId(), EstateLabels.describe(system), "snmp", twin.host(), twin.port(),
                reference));
        if (server != null) {
            system.setSshPort(server.port());
            system.setHostKeyFingerprint(server.hostKeyFingerprint());
            started.add(new Twin(system.getId(), EstateLabels.describe(system), "ssh", server.host(), server.port(),
                    reference));
        }
        return started;
    }

    private static Integer callNumber(Station station) {
        try {
            return station.getNumber() == null ? null : Integer.valueOf(station.getNumber());
        } catch (NumberFormatException e) {
            return null; // the MIB indexes stations by numeric call number; others stay out of the twin
        }
    }

    private static void store(CredentialVault vault, String reference, Credential credential, ManagedDevice device)
            throws IOException {
        try {
            vault.store(reference, credential);
        } catch (VaultException e) {
            throw new IOException("cannot store a login of the twin of " + EstateLabels.describe(device)
                    + " in the vault: " + e.getMessage(), e);
        } finally {
            credential.destroy();
        }
    }

    /**
     * 20 random characters that meet the systems' station password policy (an upper-case and a lower-case letter and
     * a digit, no character three times in a row; no 0 or 1, so no call number fits in), or the twin would refuse
     * it as the real system does.
     */
    private static char[] throwawayPassword() {
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        char[] password = new char[20];
        do {
            for (int i = 0; i < password.length; i++) {
                password[i] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
        } while (!strong(password));
        return password;
    }

    private static boolean strong(char[] password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int i = 0; i < password.length; i++) {
            upper |= Character.isUpperCase(password[i]);
            lower |= Character.isLowerCase(password[i]);
            digit |= Character.isDigit(password[i]);
            if (i >= 2 && password[i] == password[i - 1] && password[i] == password[i - 2]) {
                return false;
            }
        }
        return upper && lower && digit;
    }

    /** The copy of the estate whose devices point at the twins. */
    public Path simulatedEstate() {
        return simulatedEstate;
    }

    /** The running twins, in document order. */
    public List<Twin> twins() {
        return twins;
    }

    /**
     * The protocol peers the live tests talk to (STUN, SIP, the company routers' forwards, NTP, RSP.servicelink
     * stand-ins, RSIP), which the copy of the estate points at; one that could not start is listed with protocol
     * {@code unavailable} and the reason.
     */
    public List<ProtocolPeer> peers() {
        return peers;
    }

    /**
     * The twin of router {@code deviceId} (a company or Buffalo router), to change it behind Patchbay's back as
     * somebody on its web UI would, or to switch its faults on.
     */
    public Optional<BuffaloRouterTwin> router(String deviceId) {
        return Optional.ofNullable(routerTwins.get(deviceId));
    }

    /** Managed devices that have no twin yet, by label. */
    public List<String> notSimulated() {
        return notSimulated;
    }

    /**
     * Every device twin answers each command or request {@code delay} late ({@link Duration#ZERO}: normal speed): to
     * rehearse long runs, their progress, cancellation and recovery.
     */
    public synchronized void slowAnswers(Duration delay) {
        for (AutoCloseable twin : running) {
            if (twin instanceof BuffaloRouterTwin router) {
                router.slowAnswers(delay);
            } else if (twin instanceof OsbizSnmpTwin system) {
                system.slowAnswers(delay);
            } else if (twin instanceof RsipHostTwin host) {
                host.slowAnswers(delay);
            } else if (twin instanceof OsbizSshTwin server) {
                server.slowAnswers(delay);
            }
        }
    }

    /** Stops every twin. */
    @Override
    public void close() {
        closeAll(running);
    }

    private static void closeAll(List<AutoCloseable> running) {
        for (AutoCloseable twin : running) {
            try {
                twin.close();
            } catch (Exception e) {
                // stopping the others matters more than the reason one of them failed to stop
            }
        }
        running.clear();
    }
}
