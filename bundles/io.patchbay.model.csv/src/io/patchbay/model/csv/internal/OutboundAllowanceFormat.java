package io.patchbay.model.csv.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.patchbay.model.CompanyRouter;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.EstatePackage.Literals;
import io.patchbay.model.OutboundAllowance;
import io.patchbay.model.TransportProtocol;
import io.patchbay.model.csv.CsvKind;

/**
 * outbound-allowances.csv: the destinations a company router with outbound filtering lets through; a row names its
 * router by id. Allowances have no id: router, protocol, host and port find the allowance (host without regard to
 * case), so these four are never updated.
 */
final class OutboundAllowanceFormat extends KindFormat {

    private final List<Column> columns = List.of(
            Column.key("router", true, allowance -> ((CompanyRouter) allowance.eContainer()).getId()),
            Column.required(Literals.OUTBOUND_ALLOWANCE__HOST),
            Column.checked(Literals.OUTBOUND_ALLOWANCE__PORT, Checks.port("HTTPS and RSP.servicelink: 443")),
            Column.of(Literals.OUTBOUND_ALLOWANCE__PROTOCOL),
            Column.of(Literals.OUTBOUND_ALLOWANCE__DESCRIPTION));

    @Override
    CsvKind kind() {
        return CsvKind.OUTBOUND_ALLOWANCES;
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
        return allOf(estate, OutboundAllowance.class);
    }

    @Override
    String noun(EClass eClass) {
        return "outbound allowance";
    }

    @Override
    RowChange resolve(RowCells row, EstateIndex index) {
        CompanyRouter router = (CompanyRouter) Lookups.byId(row, "router", index, Literals.COMPANY_ROUTER,
                "company router", true);
        String host = row.required("host", "write the address or DNS name of the destination the router lets through");
        String protocolText = row.text("protocol");
        String portText = row.text("port");
        if (router == null || host == null) {
            return null; // the attribute columns report bad values in port and protocol
        }
        TransportProtocol protocol;
        int port;
        try {
            protocol = protocolText == null || protocolText.isEmpty() ? TransportProtocol.TCP
                    : (TransportProtocol) Values.parse(Literals.OUTBOUND_ALLOWANCE__PROTOCOL, protocolText);
            port = portText == null || portText.isEmpty() ? defaultPort()
                    : (Integer) Values.parse(Literals.OUTBOUND_ALLOWANCE__PORT, portText);
        } catch (Values.BadValue e) {
            return null; // reported by the attribute column
        }
        // DNS names do not care about case, so neither do keys: "the same allowance" means the same destination
        String key = router.getId() + " " + protocol.getLiteral() + " " + host.toLowerCase(Locale.ROOT) + ":" + port;
        for (OutboundAllowance allowance : router.getOutboundAllowances()) {
            if (allowance.getProtocol() == protocol && host.equalsIgnoreCase(allowance.getHost())
                    && allowance.getPort() == port) {
                RowChange change = RowChange.update(row.line, allowance);
                change.key = key;
                return change;
            }
        }
        OutboundAllowance allowance = EstateFactory.eINSTANCE.createOutboundAllowance();
        RowChange change = RowChange.create(row.line, allowance, () -> router.getOutboundAllowances().add(allowance),
                null);
        change.key = key;
        return change;
    }

    private static int defaultPort() {
        return (Integer) Literals.OUTBOUND_ALLOWANCE__PORT.getDefaultValue();
    }
}
