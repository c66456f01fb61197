package io.patchbay.model.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.patchbay.model.Addresses;
import io.patchbay.model.Certificate;
import io.patchbay.model.Customer;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateLabels;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Site;

/**
 * F-30: a certificate's name has no blanks, its serial number is unique among all certificates, its validity ends
 * after it starts, its subject has C, O, OU and CN, its alternative name is an IP address or DNS name, and its key is
 * at least the minimum SPE key length of every system that uses it.
 */
final class F30CertificateProperties extends Rule<Certificate> {

    F30CertificateProperties() {
        super("F-30", Certificate.class);
    }

    @Override
    void check(Certificate certificate, Report.ForRule report) {
        if (certificate.getName() != null && certificate.getName().chars().anyMatch(Character::isWhitespace)) {
            report.error(certificate, EstatePackage.Literals.NAMED_ELEMENT__NAME, "the name contains blanks", "rename it without blanks");
        }
        Estate estate = Systems.estateOf(certificate);
        if (certificate.getSerialNumber() == null) {
            report.error(certificate, EstatePackage.Literals.CERTIFICATE__SERIAL_NUMBER, "has no serial number", "give it a serial number no certificate has had");
        } else if (estate != null) {
            for (Certificate earlier : estate.getCertificates()) {
                if (earlier == certificate) {
                    break;
                }
                if (certificate.getSerialNumber().equals(earlier.getSerialNumber())) {
                    report.error(certificate, EstatePackage.Literals.CERTIFICATE__SERIAL_NUMBER, "serial number " + certificate.getSerialNumber() + " is also used by "
                            + EstateLabels.describe(earlier), "give it a serial number no certificate has had");
                    break;
                }
            }
        }
        if (certificate.getValidFrom() == null || certificate.getValidUntil() == null
                || !certificate.getValidUntil().isAfter(certificate.getValidFrom())) {
            report.error(certificate, EstatePackage.Literals.CERTIFICATE__VALID_UNTIL, "its validity (" + certificate.getValidFrom() + " to "
                    + certificate.getValidUntil() + ") is incomplete or ends before it starts",
                    "set a validity start and a later end, in GMT");
        }
        List<String> missing = new ArrayList<>();
        addIfBlank(missing, "C", certificate.getSubjectCountry());
        addIfBlank(missing, "O", certificate.getSubjectOrganization());
        addIfBlank(missing, "OU", certificate.getSubjectOrganizationalUnit());
        addIfBlank(missing, "CN", certificate.getSubjectCommonName());
        if (!missing.isEmpty()) {
            report.error(certificate, "the subject lacks " + String.join(", ", missing), "fill in the subject");
        }
        String san = certificate.getSubjectAlternativeName();
        if (!Systems.blank(san) && !Addresses.isHost(san)) {
            report.error(certificate, EstatePackage.Literals.CERTIFICATE__SUBJECT_ALTERNATIVE_NAME, "the alternative name '" + san + "' is neither an IP address nor a DNS name",
                    "set an IP address or DNS name, or leave it empty");
        }
        if (estate != null) {
            checkKeyLength(certificate, estate, report);
        }
    }

    private static void checkKeyLength(Certificate certificate, Estate estate, Report.ForRule report) {
        for (Customer customer : estate.getCustomers()) {
            for (Site site : customer.getSites()) {
                for (OsbizSystem system : site.getSystems()) {
                    Certificate used = system.getSpeCertificate();
                    if (system.isSpeEnabled() && used != null
                            && (used == certificate || Objects.equals(used.getIssuer(), certificate))
                            && certificate.getKeyLength() < system.getSpeMinimumKeyLength()) {
                        report.error(certificate, EstatePackage.Literals.CERTIFICATE__KEY_LENGTH, "key length " + certificate.getKeyLength()
                                + " is below the minimum SPE key length " + system.getSpeMinimumKeyLength() + " of "
                                + EstateLabels.describe(system), "issue it with a key of at least "
                                        + system.getSpeMinimumKeyLength() + " bits");
                        return;
                    }
                }
            }
        }
    }

    private static void addIfBlank(List<String> missing, String name, String value) {
        if (Systems.blank(value)) {
            missing.add(name);
        }
    }
}
