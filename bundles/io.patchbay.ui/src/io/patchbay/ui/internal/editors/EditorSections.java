package io.patchbay.ui.internal.editors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * How an object editor groups an object's settings into sections. One list for every kind: a section shows those of
 * its settings the kind has, and is left out when it has none; settings no section names go to "More settings".
 * Lists (stations of a system, rules of a router) are not settings here: they are the object's children in the
 * Estate navigator.
 */
final class EditorSections {

    /** A section of the form: its title, one line saying what it is for, and the settings in the order shown. */
    record Section(String title, String description, List<EStructuralFeature> features) {
    }

    private record Spec(String title, String description, List<String> features) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("General", "What the object is and where it belongs.",
                    List.of("name", "id", "number", "customerId", "type", "kind", "model", "booster", "release",
                            "firmware", "place", "station", "homeRouter", "classOfService", "provider", "active",
                            "description", "enabled", "role", "mode", "tunnel", "sielId", "mac")),
            new Spec("Management access", "How Patchbay reaches the device (credentials stay in the vault).",
                    List.of("hostAddress", "sshPort", "snmpPort", "hostKeyFingerprint", "credentialRef")),
            new Spec("Internet connection", "How the system reaches the internet and is reached from it (F-01, F-05, F-06, F-18).",
                    List.of("lan1Address", "lan2Address", "internetInterface", "lanInterface", "accessRouter",
                            "wanFirewallEnabled", "publicAddress", "publicAddressDynamic", "upstreamKbps",
                            "simultaneousInternetCalls", "stunServer", "stunPort")),
            new Spec("Ports", "Signalling and media ports: the system ports keep their defaults (F-08, F-09, F-22).",
                    List.of("hfaPort", "hfaTlsPort", "httpsPort", "sipInternetPort", "sipInternetTlsPort",
                            "rtpPortRange", "protocol", "externalPorts", "internalPorts", "internalHost", "host",
                            "port", "ports", "listen")),
            new Spec("Authentication and SBC", "Stations reachable from the internet need these (F-07, F-20).",
                    List.of("authentication", "passwordRef", "sipUserId", "realm", "sbcFlag", "ipUserLicence")),
            new Spec("Registration", "Where the device registers and how it signals (F-12, F-25).",
                    List.of("gateway", "gatewayPort", "dlsAddress", "timeFromSystem", "transport",
                            "tlsRenegotiation")),
            new Spec("Media", "Media settings of the device at home (F-14, F-16, F-26).",
                    List.of("stun", "video", "codec", "mobileDataVoip", "srtpSdes")),
            new Spec("Security", "Signalling and payload encryption, certificates, software deployment (F-11, F-14, F-31, F-32).",
                    List.of("speEnabled", "speMinimumKeyLength", "speCertificateValidation", "speCertificate",
                            "tlsFallbackToTls10", "dliEnabled")),
            new Spec("Capacity planning", "Planned concurrent calls against the RTP proxy channels (F-15).",
                    List.of("plannedItspCalls", "plannedCircuitCalls", "plannedHomeCalls")),
            new Spec("NAT and firewall", "What the router lets through (F-03, F-04, F-41).",
                    List.of("natType", "sipAlg", "outboundFiltering", "tlsInspection", "httpsOnlyOutbound",
                            "allowsRelatedInbound")),
            new Spec("DynDNS", "Keeps the system's public name up to date (F-18).",
                    List.of("dynDnsProvider", "dynDnsHostName", "dynDnsCredentialRef", "dynDnsFreeAccount")),
            new Spec("Web UI and time", "The router's own services.", List.of("webUiHttps", "ntpServer", "noNtpTime")),
            new Spec("rsipd.conf", "The RSIP server's configuration (F-51, F-52).",
                    List.of("controlPort", "controlProtocol", "portRange", "listenRange", "gatewayLocalPortRange",
                            "maxClients", "internalInterface", "externalInterface", "pool", "logLevel")),
            new Spec("Tunnel", "MTUs of the tunnel ends (F-54).", List.of("mtu", "externalInterfaceMtu")),
            new Spec("Key and signature", "How the certificate is made (F-30, F-31).",
                    List.of("serialNumber", "signatureAlgorithm", "keyLength", "issuer", "imported",
                            "passphraseRef")),
            new Spec("Validity", "In GMT; the end must come after the start (F-30).",
                    List.of("validFrom", "validUntil")),
            new Spec("Subject", "Country, organisation, unit and common name are required (F-30).",
                    List.of("subjectCountry", "subjectOrganization", "subjectOrganizationalUnit",
                            "subjectCommonName", "subjectAlternativeName", "crlDistributionPoint")));

    private EditorSections() {
    }

    /** The sections of the form for an object of class {@code type}, in display order. */
    static List<Section> of(EClass type) {
        List<EStructuralFeature> editable = type.getEAllStructuralFeatures().stream()
                .filter(EditorSections::isSetting).toList();
        Set<EStructuralFeature> placed = new LinkedHashSet<>();
        List<Section> sections = new ArrayList<>();
        for (Spec spec : SPECS) {
            List<EStructuralFeature> features = new ArrayList<>();
            for (String name : spec.features()) {
                EStructuralFeature feature = type.getEStructuralFeature(name);
                if (feature != null && editable.contains(feature) && placed.add(feature)) {
                    features.add(feature);
                }
            }
            if (!features.isEmpty()) {
                sections.add(new Section(spec.title(), spec.description(), features));
            }
        }
        List<EStructuralFeature> rest = editable.stream().filter(f -> !placed.contains(f)).toList();
        if (!rest.isEmpty()) {
            sections.add(new Section("More settings", "Further settings of this object.", rest));
        }
        return sections;
    }

    /** A single value the operator sets: not a list, not a contained object, not derived. */
    static boolean isSetting(EStructuralFeature feature) {
        return !feature.isMany() && feature.isChangeable() && !feature.isDerived() && !feature.isTransient()
                && !(feature instanceof EReference reference && reference.isContainment());
    }
}
