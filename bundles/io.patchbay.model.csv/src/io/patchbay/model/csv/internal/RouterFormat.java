package io.patchbay.model.csv.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.patchbay.model.Estate;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.EstatePackage.Literals;
import io.patchbay.model.Identifiable;
import io.patchbay.model.ManagedDevice;
import io.patchbay.model.Router;
import io.patchbay.model.ServicelinkIdentity;
import io.patchbay.model.Site;
import io.patchbay.model.csv.CsvKind;

/**
 * routers.csv: a row names its site by id and its kind (company, home, buffalo). Without an id, site and name find
 * the router. Columns of one kind must be empty on rows of another; the servicelink… columns describe the router's
 * RSP.servicelink identity.
 */
final class RouterFormat extends KindFormat {

    private static final Map<String, EClass> KINDS = Map.of("company", Literals.COMPANY_ROUTER, "home",
            Literals.HOME_ROUTER, "buffalo", Literals.BUFFALO_ROUTER);

    private final List<Column> columns = List.of(
            Column.key("id", false, router -> ((Router) router).getId()),
            Column.key("site", true, router -> ((Site) router.eContainer()).getId()),
            Column.key("kind", true, router -> kindOf(router.eClass())),
            Column.of(Literals.NAMED_ELEMENT__NAME),
            Column.of(Literals.MANAGED_DEVICE__HOST_ADDRESS),
            Column.checked(Literals.MANAGED_DEVICE__SSH_PORT, Checks.port("SSH: 22")),
            Column.checked(Literals.MANAGED_DEVICE__SNMP_PORT, Checks.port("SNMP: 161")),
            Column.of(Literals.MANAGED_DEVICE__HOST_KEY_FINGERPRINT),
            Column.of(Literals.MANAGED_DEVICE__CREDENTIAL_REF),
            Column.of(Literals.ROUTER__PUBLIC_ADDRESS),
            Column.of(Literals.ROUTER__NAT_TYPE),
            Column.of(Literals.COMPANY_ROUTER__OUTBOUND_FILTERING),
            Column.of(Literals.COMPANY_ROUTER__DYN_DNS_PROVIDER),
            Column.of(Literals.COMPANY_ROUTER__DYN_DNS_HOST_NAME),
            Column.of(Literals.COMPANY_ROUTER__DYN_DNS_CREDENTIAL_REF),
            Column.of(Literals.COMPANY_ROUTER__DYN_DNS_FREE_ACCOUNT),
            Column.of(Literals.COMPANY_ROUTER__TLS_INSPECTION),
            Column.of(Literals.COMPANY_ROUTER__HTTPS_ONLY_OUTBOUND),
            Column.of(Literals.COMPANY_ROUTER__ALLOWS_RELATED_INBOUND),
            Column.of(Literals.HOME_ROUTER__SIP_ALG),
            Column.of(Literals.BUFFALO_ROUTER__FIRMWARE),
            Column.of(Literals.BUFFALO_ROUTER__WEB_UI_HTTPS),
            Column.of(Literals.BUFFALO_ROUTER__NTP_SERVER),
            Column.checked(Literals.BUFFALO_ROUTER__NO_NTP_TIME, RouterFormat::checkNoNtpTime),
            servicelink(Literals.SERVICELINK_IDENTITY__DEVICE_IDENTIFIER),
            servicelink(Literals.SERVICELINK_IDENTITY__SIEL_ID),
            servicelink(Literals.SERVICELINK_IDENTITY__MAC),
            servicelink(Literals.SERVICELINK_IDENTITY__CUSTOMER_ID),
            servicelink(Literals.SERVICELINK_IDENTITY__CREDENTIAL_REF));

    /** servicelinkDeviceIdentifier, servicelinkSielId...: the attributes of the router's RSP.servicelink identity. */
    private static Column servicelink(EAttribute attribute) {
        String name = "servicelink" + Character.toUpperCase(attribute.getName().charAt(0))
                + attribute.getName().substring(1);
        return Column.held(name, attribute, Literals.ROUTER, (row, create) -> {
            ManagedDevice device = (ManagedDevice) row;
            if (device.getServicelink() == null && create) {
                device.setServicelink(EstateFactory.eINSTANCE.createServicelinkIdentity());
            }
            return device.getServicelink();
        });
    }

    @Override
    CsvKind kind() {
        return CsvKind.ROUTERS;
    }

    @Override
    String secretAdvice() {
        return "put its vault reference in column 'credentialRef' (or 'dynDnsCredentialRef', "
                + "'servicelinkCredentialRef')";
    }

    @Override
    List<Column> columns() {
        return columns;
    }

    @Override
    List<? extends EObject> objects(Estate estate) {
        return allOf(estate, Router.class);
    }

    @Override
    String noun(EClass eClass) {
        return eClass == Literals.ROUTER ? "router" : kindOf(eClass) + " router";
    }

    private static String kindOf(EClass eClass) {
        return KINDS.entrySet().stream().filter(e -> e.getValue() == eClass).map(Map.Entry::getKey).findFirst()
                .orElse(eClass.getName());
    }

    @Override
    RowChange resolve(RowCells row, EstateIndex index) {
        Site site = Lookups.site(row, "site", index);
        String kindText = row.required("kind", "write company, home or buffalo");
        EClass eClass = kindText == null ? null : KINDS.get(kindText.toLowerCase(Locale.ROOT));
        if (kindText != null && eClass == null) {
            row.problem("kind", "'" + kindText + "' is not one of company, home, buffalo");
        }
        String id = row.text("id");
        String name = row.text("name");
        if (site == null || eClass == null) {
            return null;
        }
        Router existing = null;
        if (id != null && !id.isEmpty()) {
            Identifiable object = index.get(id);
            if (object == null) {
                if (!Lookups.newId(row, id, index)) {
                    return null;
                }
            } else if (object instanceof Router router) {
                existing = router;
            } else {
                row.problem("id", "'" + id + "' is the id of a " + object.eClass().getName()
                        + ", not of a router; use another id or leave it empty to have one generated");
                return null;
            }
        } else if (name != null && !name.isEmpty()) {
            existing = site.getRouters().stream().filter(r -> name.equals(r.getName())).findFirst().orElse(null);
        }
        RowChange change;
        if (existing == null) {
            Router router = (Router) EstateFactory.eINSTANCE.create(eClass);
            boolean hasId = id != null && !id.isEmpty();
            if (hasId) {
                router.setId(id);
            }
            change = RowChange.create(row.line, router, () -> site.getRouters().add(router),
                    hasId ? null : site.getId() + "-rtr");
            change.key = hasId ? id : name == null || name.isEmpty() ? null : "site " + site.getId() + ", name " + name;
            return change;
        }
        if (existing.eContainer() != site) {
            String current = ((Identifiable) existing.eContainer()).getId();
            row.problem("site", "router " + existing.getId() + " belongs to site " + current
                    + "; an import does not move routers, write " + current + " or use a new id");
            return null;
        }
        if (existing.eClass() != eClass) {
            row.problem("kind", "router " + existing.getId() + " is a " + noun(existing.eClass())
                    + "; an import does not change the kind of a router, write " + kindOf(existing.eClass()));
            return null;
        }
        change = RowChange.update(row.line, existing);
        change.key = existing.getId();
        return change;
    }

    /** A servicelink identity whose values were all unset is no identity: drop it rather than keep an empty one. */
    @Override
    void afterAssignments(RowChange change) {
        change.assignments.add(() -> {
            ManagedDevice device = (ManagedDevice) change.target;
            ServicelinkIdentity identity = device.getServicelink();
            if (identity != null && identity.eClass().getEAllAttributes().stream().noneMatch(identity::eIsSet)) {
                device.setServicelink(null);
            }
        });
    }

    private static String checkNoNtpTime(Object value) {
        return ((String) value).matches("\\d{12}") ? null
                : "'" + value + "' is not a start-up date in the form YYYYMMDDhhmm, e.g. 202501010000 (F-44)";
    }
}
