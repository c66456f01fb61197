package io.patchbay.model.validation.internal;

import org.eclipse.emf.ecore.EObject;

import io.patchbay.model.Certificate;
import io.patchbay.model.CertificateKind;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.OsbizSystem;

/**
 * F-31: a server certificate is signed by a CA of the estate and exported as PKCS#12 with a passphrase (kept in the
 * vault); a system with SPE has a server certificate in its SPE certificate store.
 */
final class F31ServerCertificate extends Rule<EObject> {

    F31ServerCertificate() {
        super("F-31", EObject.class);
    }

    @Override
    void check(EObject object, Report.ForRule report) {
        if (object instanceof Certificate certificate && certificate.getKind() == CertificateKind.SERVER) {
            if (certificate.getIssuer() == null || certificate.getIssuer().getKind() != CertificateKind.CA) {
                report.error(certificate, EstatePackage.Literals.CERTIFICATE__ISSUER, "is not signed by a CA certificate of the estate",
                        "issue it from the root CA");
            }
            if (Systems.blank(certificate.getPassphraseRef())) {
                report.error(certificate, EstatePackage.Literals.CERTIFICATE__PASSPHRASE_REF, "no passphrase is stored for its PKCS#12 export",
                        "store the export passphrase in the vault");
            }
        } else if (object instanceof OsbizSystem system && system.isSpeEnabled()) {
            Certificate certificate = system.getSpeCertificate();
            if (certificate == null) {
                report.error(system, EstatePackage.Literals.OSBIZ_SYSTEM__SPE_CERTIFICATE, "SPE is on but no server certificate is in the SPE certificate store",
                        "import a server certificate signed by the CA");
            } else if (certificate.getKind() != CertificateKind.SERVER) {
                report.error(system, EstatePackage.Literals.OSBIZ_SYSTEM__SPE_CERTIFICATE, "the SPE certificate store holds a CA certificate instead of a server certificate",
                        "import a server certificate signed by that CA");
            }
        }
    }
}
