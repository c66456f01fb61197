package io.patchbay.model.tests;

import java.math.BigInteger;
import java.time.Instant;

import io.patchbay.model.Certificate;
import io.patchbay.model.CertificateKind;
import io.patchbay.model.ClassOfService;
import io.patchbay.model.CompanyRouter;
import io.patchbay.model.Customer;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceModel;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.HomeRouter;
import io.patchbay.model.ItspTrunk;
import io.patchbay.model.LanInterface;
import io.patchbay.model.NatType;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.OutboundAllowance;
import io.patchbay.model.PasswordPolicy;
import io.patchbay.model.Place;
import io.patchbay.model.PortForwardingRule;
import io.patchbay.model.PortRange;
import io.patchbay.model.RsipBind;
import io.patchbay.model.RsipClient;
import io.patchbay.model.RsipMode;
import io.patchbay.model.RsipServer;
import io.patchbay.model.ServicelinkEndpoint;
import io.patchbay.model.ServicelinkEndpoints;
import io.patchbay.model.ServicelinkIdentity;
import io.patchbay.model.SignallingTransport;
import io.patchbay.model.SipAlg;
import io.patchbay.model.Site;
import io.patchbay.model.SoftwareVersion;
import io.patchbay.model.Station;
import io.patchbay.model.StationType;
import io.patchbay.model.SystemModel;
import io.patchbay.model.TlsRenegotiation;
import io.patchbay.model.TransportProtocol;

/**
 * A small estate that keeps every rule: one customer with an OSBiz X3 behind a company router, an HFA phone, a SIP
 * phone and a myPortal to go client at home, an RSIP server and the SPE certificates. Tests break one thing in it.
 */
final class Fixture {

    static final EstateFactory F = EstateFactory.eINSTANCE;

    final Estate estate = F.createEstate();
    final Customer customer = F.createCustomer();
    final Site site = F.createSite();
    final OsbizSystem system = F.createOsbizSystem();
    final ItspTrunk trunk = F.createItspTrunk();
    final Station reception = station("st-100", "100", "Reception", StationType.SYSTEM_CLIENT_HFA);
    final Station petersen = station("st-101", "101", "Jana Petersen", StationType.SYSTEM_CLIENT_HFA);
    final Station hansen = station("st-102", "102", "Lars Hansen", StationType.SIP_CLIENT);
    final Station yilmaz = station("st-103", "103", "Mehmet Yilmaz", StationType.SYSTEM_CLIENT_HFA);
    final Device receptionPhone = device("dev-100", "Reception phone", DeviceModel.OPENSTAGE_HFA, "V3 R5.12.0",
            reception, Place.OFFICE);
    final Device petersenPhone = device("dev-101", "Petersen phone", DeviceModel.DESKPHONE_CP600_HFA, "V1 R9.2.0",
            petersen, Place.HOME);
    final Device hansenYealink = device("dev-102", "Hansen Yealink", DeviceModel.YEALINK_T41P, "36.72.0.57", hansen,
            Place.HOME);
    final Device yilmazSmartphone = device("dev-103", "Yilmaz smartphone", DeviceModel.MYPORTAL_TO_GO_ANDROID,
            "V2R2.26.19", yilmaz, Place.HOME);
    final CompanyRouter router = F.createCompanyRouter();
    final HomeRouter homeRouter = F.createHomeRouter();
    final RsipServer rsip = F.createRsipServer();
    final RsipClient rsipClient = F.createRsipClient();
    final RsipBind rsipBind = F.createRsipBind();
    final Certificate ca = F.createCertificate();
    final Certificate serverCertificate = F.createCertificate();

    Fixture() {
        estate.setName("Fixture estate");
        estate.getCustomers().add(customer);
        customer.setId("cust-acme");
        customer.setName("Acme Logistics");
        customer.setCustomerId("900001");
        customer.getSites().add(site);
        site.setId("site-hq");
        site.setName("HQ");
        site.getSystems().add(system);
        site.getRouters().add(router);
        site.getRouters().add(homeRouter);
        site.getRsipServers().add(rsip);
        buildSystem();
        buildRouters();
        buildRsip();
        buildCertificates();
    }

    private void buildSystem() {
        system.setId("pbx");
        system.setName("Acme PBX");
        system.setHostAddress("10.0.0.2");
        system.setCredentialRef("vault:osbiz/pbx");
        system.setModel(SystemModel.X3);
        system.setRelease(SoftwareVersion.parse("V2R7"));
        system.setSielId("AAAA00000001");
        system.setMac("02:00:00:00:00:02");
        system.setLan2Address("10.0.0.2");
        system.setInternetInterface(LanInterface.LAN2);
        system.setPublicAddress("pbx.acme.example");
        system.setPublicAddressDynamic(true);
        system.setUpstreamKbps(2000);
        system.setSimultaneousInternetCalls(10);
        system.setStunServer("stun.example.net");
        system.setSpeEnabled(true);
        system.setSpeCertificate(serverCertificate);
        system.setDliEnabled(true);
        system.setAccessRouter(router);
        system.setPlannedItspCalls(30);
        system.setPlannedHomeCalls(10);
        PasswordPolicy policy = F.createPasswordPolicy();
        policy.setMinimumLength(10);
        policy.setRequiredCharacterClasses(3);
        system.setPasswordPolicy(policy);
        ServicelinkIdentity servicelink = F.createServicelinkIdentity();
        servicelink.setDeviceIdentifier("OSBIZ-X3-ACME");
        servicelink.setSielId("AAAA00000001");
        servicelink.setMac("02:00:00:00:00:02");
        servicelink.setCustomerId("900001");
        servicelink.setCredentialRef("vault:servicelink/pbx");
        system.setServicelink(servicelink);
        trunk.setId("itsp-1");
        trunk.setName("SIP trunk");
        trunk.setProvider("sip.provider.example");
        trunk.setLanInterface(LanInterface.LAN2);
        system.getItspTrunks().add(trunk);
        system.getStations().addAll(java.util.List.of(reception, petersen, hansen, yilmaz));
        petersen.setSbcFlag(true);
        petersen.setSpeEnabled(true);
        hansen.setSbcFlag(true);
        hansen.setSipUserId("102");
        hansen.setClassOfService(ClassOfService.LOCAL);
        yilmaz.setSbcFlag(true);
        system.getDevices().addAll(java.util.List.of(receptionPhone, petersenPhone, hansenYealink, yilmazSmartphone));
        petersenPhone.setGateway("pbx.acme.example");
        petersenPhone.setDlsAddress("pbx.acme.example");
        petersenPhone.setTransport(SignallingTransport.TLS);
        petersenPhone.setTlsRenegotiation(TlsRenegotiation.SECURE_RFC5746);
        petersenPhone.setHomeRouter(homeRouter);
        hansenYealink.setGateway("pbx.acme.example");
        hansenYealink.setGatewayPort(5070);
        hansenYealink.setStun(true);
        hansenYealink.setMac("02:00:00:00:01:02");
    }

    private void buildRouters() {
        router.setId("rtr");
        router.setName("Acme internet router");
        router.setHostAddress("10.0.0.1");
        router.setCredentialRef("vault:router/rtr");
        router.setPublicAddress("203.0.113.1");
        router.setNatType(NatType.PORT_RESTRICTED_CONE);
        router.setOutboundFiltering(true);
        router.setDynDnsProvider("dyndns.example");
        router.setDynDnsHostName("pbx.acme.example");
        router.setDynDnsCredentialRef("vault:dyndns/acme");
        forward(TransportProtocol.TCP_UDP, "4060", "4062");
        forward(TransportProtocol.TCP_UDP, "4061", "4063");
        forward(TransportProtocol.TCP, "8802", "8802");
        forward(TransportProtocol.TCP, "18443", "18443");
        forward(TransportProtocol.TCP, "8804", "8804");
        forward(TransportProtocol.UDP, "30274-30529", "30274-30529");
        forward(TransportProtocol.UDP, "5070", "5070");
        forward(TransportProtocol.TCP, "5070", "5070");
        forward(TransportProtocol.TCP, "5071", "5071");
        for (ServicelinkEndpoint endpoint : ServicelinkEndpoints.defaults()) {
            OutboundAllowance allowance = F.createOutboundAllowance();
            allowance.setHost(endpoint.getHost());
            allowance.setPort(endpoint.getPort());
            allowance.setDescription("RSP.servicelink " + endpoint.getRole());
            router.getOutboundAllowances().add(allowance);
        }
        homeRouter.setId("rtr-home");
        homeRouter.setName("Petersen home router");
        homeRouter.setPublicAddress("198.51.100.23");
        homeRouter.setNatType(NatType.FULL_CONE);
        homeRouter.setSipAlg(SipAlg.DISABLED);
    }

    PortForwardingRule forward(TransportProtocol protocol, String external, String internal) {
        PortForwardingRule rule = F.createPortForwardingRule();
        rule.setProtocol(protocol);
        rule.setExternalPorts(PortRange.parse(external));
        rule.setInternalPorts(PortRange.parse(internal));
        rule.setInternalHost("10.0.0.2");
        router.getPortForwardingRules().add(rule);
        return rule;
    }

    /** The first forwarding rule with these external ports and protocol. */
    PortForwardingRule forwarding(TransportProtocol protocol, String external) {
        return router.getPortForwardingRules().stream()
                .filter(r -> r.getProtocol() == protocol && r.getExternalPorts().equals(PortRange.parse(external)))
                .findFirst().orElseThrow();
    }

    private void buildRsip() {
        rsip.setId("rsip");
        rsip.setName("Acme RSIP gateway");
        rsip.setHostAddress("10.0.0.30");
        rsip.setCredentialRef("vault:rsip/rsip");
        rsip.setPortRange(PortRange.parse("20000-24999"));
        rsip.setListenRange(PortRange.parse("8000-8099"));
        rsip.setMaxClients(5);
        rsip.setInternalInterface("eth1");
        rsip.setExternalInterface("eth0");
        rsip.setPool("203.0.113.11");
        rsip.setMtu(1480);
        rsip.setGatewayLocalPortRange(PortRange.parse("32768-60999"));
        rsipClient.setId("rsip-scanner");
        rsipClient.setName("Scanner gateway");
        rsipClient.setHostAddress("10.0.0.41");
        rsipClient.setMtu(1400);
        rsipBind.setProtocol(TransportProtocol.UDP);
        rsipBind.setPorts(PortRange.parse("20000-20254"));
        rsipClient.getBinds().add(rsipBind);
        rsip.getClients().add(rsipClient);
    }

    RsipClient addRsipClient(String id, String host, RsipMode mode, String ports) {
        RsipClient client = F.createRsipClient();
        client.setId(id);
        client.setName(id);
        client.setHostAddress(host);
        client.setMode(mode);
        if (ports != null) {
            RsipBind bind = F.createRsipBind();
            bind.setProtocol(TransportProtocol.UDP);
            bind.setPorts(PortRange.parse(ports));
            client.getBinds().add(bind);
        }
        rsip.getClients().add(client);
        return client;
    }

    private void buildCertificates() {
        certificate(ca, "cert-ca", "AcmeRootCA", CertificateKind.CA, 1, "AcmeRootCA");
        certificate(serverCertificate, "cert-pbx", "pbx-acme", CertificateKind.SERVER, 2, "pbx.acme.example");
        serverCertificate.setSubjectAlternativeName("pbx.acme.example");
        serverCertificate.setIssuer(ca);
        serverCertificate.setPassphraseRef("vault:cert/pbx-acme/p12");
    }

    private void certificate(Certificate c, String id, String name, CertificateKind kind, int serial, String cn) {
        c.setId(id);
        c.setName(name);
        c.setKind(kind);
        c.setSerialNumber(BigInteger.valueOf(serial));
        c.setValidFrom(Instant.parse("2025-01-01T00:00:00Z"));
        c.setValidUntil(Instant.parse("2030-01-01T00:00:00Z"));
        c.setSubjectCountry("DE");
        c.setSubjectOrganization("Acme Logistics");
        c.setSubjectOrganizationalUnit("IT");
        c.setSubjectCommonName(cn);
        estate.getCertificates().add(c);
    }

    private static Station station(String id, String number, String name, StationType type) {
        Station station = F.createStation();
        station.setId(id);
        station.setNumber(number);
        station.setName(name);
        station.setType(type);
        station.setAuthentication(true);
        station.setPasswordRef("vault:station/" + number);
        station.setClassOfService(ClassOfService.NATIONAL);
        station.setIpUserLicence(true);
        return station;
    }

    private static Device device(String id, String name, DeviceModel model, String firmware, Station station,
            Place place) {
        Device device = F.createDevice();
        device.setId(id);
        device.setName(name);
        device.setModel(model);
        device.setFirmware(SoftwareVersion.parse(firmware));
        device.setStation(station);
        device.setPlace(place);
        return device;
    }
}
