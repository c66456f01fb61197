package io.patchbay.model.validation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import io.patchbay.model.Addresses;
import io.patchbay.model.Customer;
import io.patchbay.model.Device;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateLabels;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.ServicelinkIdentity;

/**
 * F-43: RSP.servicelink registers an OSBiz by MAC, SIEL-ID and Customer ID: SIEL-IDs and MACs are unique across the
 * estate, a system's identity matches the system and its customer, otherwise re-registration fails with "Device
 * Already Exists".
 */
final class F43ServicelinkRegistration extends Rule<EObject> {

    F43ServicelinkRegistration() {
        super("F-43", EObject.class);
    }

    @Override
    void check(EObject object, Report.ForRule report) {
        if (object instanceof Estate estate) {
            checkUnique(estate, report);
        } else if (object instanceof ServicelinkIdentity identity) {
            checkIdentity(identity, report);
        }
    }

    private static void checkUnique(Estate estate, Report.ForRule report) {
        Map<String, EObject> sielIds = new HashMap<>();
        Map<String, EObject> macs = new HashMap<>();
        for (TreeIterator<EObject> it = estate.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof OsbizSystem system) {
                unique(report, sielIds, "SIEL-ID", system.getSielId(), system, system);
                mac(report, macs, system.getMac(), system, system);
            } else if (object instanceof Device device) {
                mac(report, macs, device.getMac(), device, device);
            } else if (object instanceof ServicelinkIdentity identity) {
                EObject owner = identity.eContainer() != null ? identity.eContainer() : identity;
                unique(report, sielIds, "SIEL-ID", identity.getSielId(), identity, owner);
                mac(report, macs, identity.getMac(), identity, owner);
            }
        }
    }

    private static void mac(Report.ForRule report, Map<String, EObject> seen, String mac, EObject holder,
            EObject owner) {
        if (Systems.blank(mac)) {
            return;
        }
        if (!Addresses.isMac(mac)) {
            report.error(holder, "MAC '" + mac + "' is not a MAC address", "write it as six hexadecimal bytes, "
                    + "e.g. 02:00:5e:10:00:01");
            return;
        }
        unique(report, seen, "MAC", Addresses.normalizeMac(mac), holder, owner);
    }

    private static void unique(Report.ForRule report, Map<String, EObject> seen, String what, String value,
            EObject holder, EObject owner) {
        if (Systems.blank(value)) {
            return;
        }
        EObject first = seen.putIfAbsent(value, owner);
        if (first != null && first != owner) {
            report.error(holder, what + " " + value + " is also used by " + EstateLabels.describe(first),
                    "correct the " + what + ": each device has its own");
        }
    }

    private static void checkIdentity(ServicelinkIdentity identity, Report.ForRule report) {
        List<String> missing = new ArrayList<>();
        boolean osbiz = identity.eContainer() instanceof OsbizSystem;
        if (Systems.blank(identity.getMac())) {
            missing.add("MAC");
        }
        if (osbiz && Systems.blank(identity.getSielId())) {
            missing.add("SIEL-ID");
        }
        if (Systems.blank(identity.getCustomerId())) {
            missing.add("Customer ID");
        }
        if (!missing.isEmpty()) {
            report.error(identity, "registration needs " + String.join(", ", missing),
                    "fill in " + String.join(", ", missing));
        }
        if (identity.eContainer() instanceof OsbizSystem system) {
            if (!Systems.blank(identity.getSielId()) && !Objects.equals(identity.getSielId(), system.getSielId())) {
                report.errorFixedBy(identity, EstatePackage.Literals.SERVICELINK_IDENTITY__SIEL_ID, system.getSielId(), "SIEL-ID " + identity.getSielId() + " differs from the system's "
                        + system.getSielId() + " (registration fails with \"Device Already Exists\")",
                        "register with the system's SIEL-ID");
            }
            if (Addresses.isMac(identity.getMac()) && Addresses.isMac(system.getMac())
                    && !Addresses.normalizeMac(identity.getMac()).equals(Addresses.normalizeMac(system.getMac()))) {
                report.errorFixedBy(identity, EstatePackage.Literals.SERVICELINK_IDENTITY__MAC, system.getMac(), "MAC " + identity.getMac() + " differs from the system's " + system.getMac()
                        + " (registration fails with \"Device Already Exists\")", "register with the system's MAC");
            }
        }
        Customer customer = Systems.customerOf(identity);
        if (customer != null && !Systems.blank(customer.getCustomerId()) && !Systems.blank(identity.getCustomerId())
                && !customer.getCustomerId().equals(identity.getCustomerId())) {
            report.errorFixedBy(identity, EstatePackage.Literals.SERVICELINK_IDENTITY__CUSTOMER_ID, customer.getCustomerId(), "Customer ID " + identity.getCustomerId() + " differs from "
                    + customer.getCustomerId() + " of " + EstateLabels.describe(customer),
                    "register with Customer ID " + customer.getCustomerId());
        }
    }
}
