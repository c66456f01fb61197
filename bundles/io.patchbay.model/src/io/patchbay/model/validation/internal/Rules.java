package io.patchbay.model.validation.internal;

import java.util.List;

/** Every rule, in the order they run on one object (by F number). */
final class Rules {

    private Rules() {
    }

    static List<Rule<?>> all() {
        return List.of(new F01DeviceAtHomeNeedsLan2(), new F02TrunksAndDevicesShareInterface(), new F03CompanyRouterNat(), new F04HomeRouter(),
                new F05StunServerNeeded(), new F06SimultaneousInternetCalls(), new F07StationSbcNeedsAuthentication(),
                new F08SystemPortsUnchanged(), new F09RtpPortRange(), new F10CompanyRouterForwarding(),
                new F11SoftwareDeploymentAtHome(), new F12DeviceAtHomeSettings(), new F13MinimumFirmwareAtHome(),
                new F14TlsAndSrtpAtHome(), new F15RtpProxyChannels(), new F16MyPortalToGoVoip(), new F18DynDns(),
                new F20SipAtHomeStations(), new F21SipAtHomeInterface(), new F22ExternalSipPorts(),
                new F23SipForwarding(), new F25KnownSipEndpoints(), new F26SipEndpointMedia(),
                new F30CertificateProperties(), new F31ServerCertificate(), new F32SpeFlags(),
                new F41ServicelinkFirewall(), new F43ServicelinkRegistration(), new F47StoredCredentials(),
                new F51RsipConfiguration(), new F52RsipPortRanges(), new F53RsipBinds(), new F54RsipMtu());
    }
}
