package io.patchbay.model.csv.internal;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.patchbay.model.CompanyRouter;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.EstatePackage.Literals;
import io.patchbay.model.PortForwardingRule;
import io.patchbay.model.PortRange;
import io.patchbay.model.TransportProtocol;
import io.patchbay.model.csv.CsvKind;

/**
 * forwarding-rules.csv: a row names its company router by id. Rules have no id: router, protocol and external
 * ports find the rule (a router forwards an external port of a protocol once), so these three are never updated.
 */
final class ForwardingRuleFormat extends KindFormat {

    private final List<Column> columns = List.of(
            Column.key("router", true, rule -> ((CompanyRouter) rule.eContainer()).getId()),
            Column.of(Literals.PORT_FORWARDING_RULE__PROTOCOL),
            Column.required(Literals.PORT_FORWARDING_RULE__EXTERNAL_PORTS),
            Column.of(Literals.PORT_FORWARDING_RULE__INTERNAL_PORTS),
            Column.of(Literals.PORT_FORWARDING_RULE__INTERNAL_HOST),
            Column.of(Literals.PORT_FORWARDING_RULE__DESCRIPTION),
            Column.of(Literals.PORT_FORWARDING_RULE__ENABLED));

    @Override
    CsvKind kind() {
        return CsvKind.FORWARDING_RULES;
    }

    @Override
    String secretAdvice() {
        return "refer to it from the router (routers CSV, column 'credentialRef')";
    }

    @Override
    List<Column> columns() {
        return columns;
    }

    @Override
    List<? extends EObject> objects(Estate estate) {
        return allOf(estate, PortForwardingRule.class);
    }

    @Override
    String noun(EClass eClass) {
        return "forwarding rule";
    }

    @Override
    RowChange resolve(RowCells row, EstateIndex index) {
        CompanyRouter router = (CompanyRouter) Lookups.byId(row, "router", index, Literals.COMPANY_ROUTER,
                "company router", true);
        String protocolText = row.text("protocol");
        String portsText = row.required("externalPorts", "write the external port or range the rule forwards");
        if (router == null || portsText == null) {
            return null; // the attribute columns report bad values in protocol and externalPorts
        }
        TransportProtocol protocol;
        PortRange ports;
        try {
            protocol = protocolText == null || protocolText.isEmpty() ? TransportProtocol.TCP
                    : (TransportProtocol) Values.parse(Literals.PORT_FORWARDING_RULE__PROTOCOL, protocolText);
            ports = (PortRange) Values.parse(Literals.PORT_FORWARDING_RULE__EXTERNAL_PORTS, portsText);
        } catch (Values.BadValue e) {
            return null; // reported by the attribute column
        }
        String key = router.getId() + " " + protocol.getLiteral() + " " + ports;
        for (PortForwardingRule rule : router.getPortForwardingRules()) {
            if (rule.getProtocol() == protocol && ports.equals(rule.getExternalPorts())) {
                RowChange change = RowChange.update(row.line, rule);
                change.key = key;
                return change;
            }
        }
        PortForwardingRule rule = EstateFactory.eINSTANCE.createPortForwardingRule();
        RowChange change = RowChange.create(row.line, rule, () -> router.getPortForwardingRules().add(rule), null);
        change.key = key;
        return change;
    }
}
