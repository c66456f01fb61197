package io.patchbay.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * Names the objects of an estate the way an operator does, e.g. {@code "Station 101 (Jana Petersen)"},
 * {@code "Hamburg HQ OSBiz X3 (X3, V2R7)"} or {@code "Forwarding TCP/UDP 4060 → 10.10.0.20:4062"}.
 * <p>
 * This is the one place labels are made: the navigator (through the edit bundle's item providers), validation
 * messages and reports all use it, so an object is called the same everywhere. Labels are for people: they may
 * change between releases and must not be parsed.
 */
public final class EstateLabels {

    private EstateLabels() {
    }

    /**
     * Returns the label of an object of the estate.
     *
     * @param object an object of the estate model, or any other object (then its {@code toString()})
     * @return a one-line label; never {@code null}
     */
    public static String describe(Object object) {
        if (object == null) {
            return "(nothing)";
        }
        if (object instanceof Estate estate) {
            return "Estate " + orElse(estate.getName(), "(unnamed)");
        }
        if (object instanceof Customer customer) {
            return "Customer " + name(customer)
                    + (blank(customer.getCustomerId()) ? "" : " (customer ID " + customer.getCustomerId() + ")");
        }
        if (object instanceof Site site) {
            return "Site " + name(site);
        }
        if (object instanceof OsbizSystem system) {
            return system(system);
        }
        if (object instanceof ItspTrunk trunk) {
            return "ITSP trunk " + name(trunk) + (blank(trunk.getProvider()) ? "" : " (" + trunk.getProvider() + ")");
        }
        if (object instanceof Station station) {
            return station(station);
        }
        if (object instanceof Device device) {
            return device(device);
        }
        if (object instanceof CompanyRouter router) {
            return "Company router " + name(router);
        }
        if (object instanceof HomeRouter router) {
            return "Home router " + name(router);
        }
        if (object instanceof BuffaloRouter router) {
            return "Buffalo router " + name(router);
        }
        if (object instanceof PortForwardingRule rule) {
            return forwarding(rule);
        }
        if (object instanceof RsipServer server) {
            return "RSIP server " + name(server);
        }
        if (object instanceof RsipClient client) {
            return "RSIP client " + name(client)
                    + (blank(client.getHostAddress()) ? "" : " (" + client.getHostAddress() + ")");
        }
        if (object instanceof RsipBind bind) {
            return (bind.isListen() ? "Listen bind " : "Bind ") + protocol(bind.getProtocol()) + " "
                    + orElse(bind.getPorts(), "(no ports)");
        }
        if (object instanceof Certificate certificate) {
            return (certificate.getKind() == CertificateKind.CA ? "CA certificate " : "Server certificate ")
                    + name(certificate)
                    + (certificate.getSerialNumber() == null ? "" : " (serial " + certificate.getSerialNumber() + ")");
        }
        if (object instanceof ServicelinkIdentity identity) {
            return "RSP.servicelink identity "
                    + orElse(identity.getDeviceIdentifier(), "(no device identifier)")
                    + (identity.eContainer() == null ? "" : " of " + describe(identity.eContainer()));
        }
        if (object instanceof ServicelinkEndpoint endpoint) {
            return "RSP.servicelink " + orElse(endpoint.getRole(), "endpoint") + " " + endpoint.getHost() + ":"
                    + endpoint.getPort();
        }
        if (object instanceof OutboundAllowance allowance) {
            return "Outbound allowance " + protocol(allowance.getProtocol()) + " " + allowance.getHost() + ":"
                    + allowance.getPort();
        }
        if (object instanceof PasswordPolicy policy) {
            return "Password policy: at least " + policy.getMinimumLength() + " characters, "
                    + policy.getRequiredCharacterClasses() + " character classes";
        }
        if (object instanceof Identifiable identifiable) {
            return identifiable.eClass().getName() + " " + orElse(identifiable.getId(), "(no id)");
        }
        if (object instanceof EObject eObject) {
            return eObject.eClass().getName();
        }
        return String.valueOf(object);
    }

    /**
     * Returns the operator's name of a device model, e.g. {@code "OpenScape DeskPhone CP600 HFA"}.
     *
     * @param model a device model, may be {@code null}
     * @return the name
     */
    public static String describe(DeviceModel model) {
        if (model == null) {
            return "unknown model";
        }
        return switch (model) {
            case OPENSTAGE_HFA -> "OpenStage HFA";
            case DESKPHONE_IP_HFA -> "OpenScape DeskPhone IP HFA";
            case DESKPHONE_CP400_HFA -> "OpenScape DeskPhone CP400 HFA";
            case DESKPHONE_CP600_HFA -> "OpenScape DeskPhone CP600 HFA";
            case MYPORTAL_TO_GO_ANDROID -> "myPortal to go Android";
            case MYPORTAL_TO_GO_IOS -> "myPortal to go iOS";
            case MYPORTAL_AT_WORK -> "myPortal @work";
            case YEALINK_T19P -> "Yealink T19P";
            case YEALINK_T41P -> "Yealink T41P";
            case ZOIPER_IOS -> "Zoiper iOS";
            case ZOIPER_ANDROID -> "Zoiper Android";
            case OTHER -> "other model";
        };
    }

    private static String system(OsbizSystem system) {
        List<String> facts = new ArrayList<>();
        if (system.getModel() != null) {
            String model = system.getModel().getLiteral();
            if (system.getBooster() == Booster.CARD) {
                model += " with Booster card";
            } else if (system.getBooster() == Booster.SERVER) {
                model += " with Booster server";
            }
            facts.add(model);
        }
        if (system.getRelease() != null) {
            facts.add(system.getRelease().toString());
        }
        return name(system) + (facts.isEmpty() ? "" : " (" + String.join(", ", facts) + ")");
    }

    private static String station(Station station) {
        String number = orElse(station.getNumber(), orElse(station.getId(), "(no number)"));
        return "Station " + number + (blank(station.getName()) ? "" : " (" + station.getName() + ")");
    }

    private static String device(Device device) {
        List<String> facts = new ArrayList<>();
        facts.add(describe(device.getModel()));
        if (device.getFirmware() != null) {
            facts.add(device.getFirmware().toString());
        }
        if (device.getPlace() == Place.HOME) {
            facts.add("at home");
        }
        return name(device) + " (" + String.join(", ", facts) + ")";
    }

    private static String forwarding(PortForwardingRule rule) {
        String text = "Forwarding " + protocol(rule.getProtocol()) + " " + orElse(rule.getExternalPorts(), "?")
                + " \u2192 " + orElse(rule.getInternalHost(), "?") + ":"
                + orElse(rule.getInternalPorts(), orElse(rule.getExternalPorts(), "?"));
        return rule.isEnabled() ? text : text + " (disabled)";
    }

    private static String protocol(TransportProtocol protocol) {
        if (protocol == null) {
            return "?";
        }
        return protocol == TransportProtocol.TCP_UDP ? "TCP/UDP" : protocol.getLiteral();
    }

    private static String name(NamedElement element) {
        return blank(element.getName()) ? orElse(element.getId(), "(unnamed)") : element.getName();
    }

    private static String orElse(Object value, String fallback) {
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
