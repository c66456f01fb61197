package io.patchbay.provisioning.cert.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.patchbay.core.Credential;
import io.patchbay.core.CredentialVault;
import io.patchbay.core.SnmpSession;
import io.patchbay.core.SnmpValue;
import io.patchbay.core.SnmpVarBind;
import io.patchbay.core.TransportException;
import io.patchbay.core.VaultException;
import io.patchbay.core.provisioning.ProvisioningException;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.core.provisioning.Step;
import io.patchbay.model.Certificate;
import io.patchbay.model.Estate;
import io.patchbay.model.ManagedDevice;
import io.patchbay.model.OsbizSystem;
import io.patchbay.provisioning.cert.CertificateFiles;
import io.patchbay.provisioning.cert.SpeCertificateMib;

/**
 * The server certificate of an OSBiz system's SPE certificate store (F-31), over SNMP. One setting,
 * {@value #SETTING}: the serial number (hex) of the stored certificate, empty when none. The desired value is the
 * serial of the system's {@code speCertificate} in the estate; writing it imports that certificate's PKCS#12 from
 * beside the estate with its passphrase from the vault (masked in the SET, never in a setting, the plan or the
 * journal). Rollback re-imports the earlier certificate when it is one of the estate's, and empties the store when
 * there was none.
 */
@Component(service = Provisioner.class, property = Provisioner.FEATURE + "=" + SpeCertificateProvisioner.FEATURE)
public final class SpeCertificateProvisioner implements Provisioner {

    public static final String FEATURE = "spe-cert";
    static final String SETTING = "spe-certificate";

    private final CredentialVault vault;

    @Activate
    public SpeCertificateProvisioner(@Reference CredentialVault vault) {
        this.vault = vault;
    }

    @Override
    public String feature() {
        return FEATURE;
    }

    @Override
    public String description() {
        return "SPE server certificate of OpenScape Business systems, imported as PKCS#12 (F-31)";
    }

    @Override
    public Protocol protocol() {
        return Protocol.SNMP;
    }

    @Override
    public boolean appliesTo(ManagedDevice device) {
        return device instanceof OsbizSystem system && system.getSpeCertificate() != null;
    }

    @Override
    public Map<String, String> readActual(ManagedDevice device, SnmpSession session) throws TransportException {
        SnmpValue serial = session.get(SpeCertificateMib.SERIAL);
        Map<String, String> actual = new LinkedHashMap<>();
        actual.put(SETTING, serial.isException() ? "" : serial.asText().strip().toLowerCase(java.util.Locale.ROOT));
        return actual;
    }

    @Override
    public Map<String, String> desired(ManagedDevice device, Map<String, String> actual)
            throws ProvisioningException {
        Map<String, String> desired = new LinkedHashMap<>(actual);
        Certificate certificate = ((OsbizSystem) device).getSpeCertificate();
        if (certificate == null || certificate.getSerialNumber() == null) {
            return desired;
        }
        String serial = certificate.getSerialNumber().toString(16);
        desired.put(SETTING, serial);
        if (!serial.equals(actual.get(SETTING))) {
            Path p12;
            try {
                p12 = files(device).pkcs12(certificate.getId());
            } catch (IllegalStateException e) {
                throw new ProvisioningException(label(device), "its estate was not loaded from a file",
                        "Save the estate and plan from the file");
            }
            if (!Files.isRegularFile(p12)) {
                throw new ProvisioningException(label(device), "the PKCS#12 file of its SPE certificate "
                        + certificate.getName() + " is missing (" + p12 + ")", "Issue it again with 'patchbay cert"
                                + " server ESTATE --system " + device.getId() + "'");
            }
            try {
                if (certificate.getPassphraseRef() == null || !vault.contains(certificate.getPassphraseRef())) {
                    throw new ProvisioningException(label(device), "the passphrase of its SPE certificate "
                            + certificate.getName() + " is not in the vault (" + certificate.getPassphraseRef() + ")",
                            "Issue the certificate again with 'patchbay cert server ESTATE --system "
                                    + device.getId() + "'");
                }
            } catch (VaultException e) {
                throw new ProvisioningException(label(device), "the vault cannot be read (" + e.getMessage() + ")",
                        "Unlock the vault and try again");
            }
        }
        return desired;
    }

    /** One SET per import: the PKCS#12 and its passphrase together; an empty value empties the store. */
    @Override
    public List<Step> write(ManagedDevice device, Map<String, String> values) {
        String serial = values.get(SETTING);
        if (serial == null) {
            return List.of();
        }
        if (serial.isEmpty()) {
            return List.of(Step.snmpSet("empty the SPE certificate store",
                    List.of(SnmpVarBind.of(SpeCertificateMib.IMPORT, SnmpValue.octets(new byte[0])))));
        }
        Certificate certificate = bySerial(device, serial);
        Path p12 = files(device).pkcs12(certificate.getId());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p12);
        } catch (IOException e) {
            throw new IllegalStateException(label(device) + ": cannot read the PKCS#12 file " + p12 + " of "
                    + certificate.getName() + " (" + e.getClass().getSimpleName() + "); issue it again", e);
        }
        return List.of(Step.snmpSet("import SPE certificate " + certificate.getName() + " (serial " + serial
                + ") as PKCS#12, passphrase from the vault", List.of(
                        SnmpVarBind.of(SpeCertificateMib.IMPORT, SnmpValue.octets(bytes)),
                        SnmpVarBind.of(SpeCertificateMib.PASSPHRASE, passphrase(device, certificate)))));
    }

    private SnmpValue passphrase(ManagedDevice device, Certificate certificate) {
        try {
            Credential credential = vault.resolve(certificate.getPassphraseRef());
            try {
                return SnmpValue.secret(credential.secret());
            } finally {
                credential.destroy();
            }
        } catch (VaultException | RuntimeException e) {
            throw new IllegalStateException(label(device) + ": the passphrase of SPE certificate "
                    + certificate.getName() + " cannot be read from the vault (" + e.getMessage() + ")", e);
        }
    }

    private static Certificate bySerial(ManagedDevice device, String serial) {
        BigInteger wanted = new BigInteger(serial, 16);
        Estate estate = estate(device);
        for (Certificate certificate : estate.getCertificates()) {
            if (wanted.equals(certificate.getSerialNumber())) {
                return certificate;
            }
        }
        throw new IllegalStateException(label(device) + ": the certificate with serial " + serial
                + " is not one of the estate's, so it cannot be imported again; import it on the system by hand");
    }

    private static Estate estate(ManagedDevice device) {
        for (org.eclipse.emf.ecore.EObject object = device; object != null; object = object.eContainer()) {
            if (object instanceof Estate estate) {
                return estate;
            }
        }
        throw new IllegalStateException(label(device) + " is not part of an estate");
    }

    /** The certificate files beside the estate file the device was loaded from. */
    private static CertificateFiles files(ManagedDevice device) {
        URI uri = device.eResource() == null ? null : device.eResource().getURI();
        if (uri == null || !uri.isFile()) {
            throw new IllegalStateException(label(device) + ": the estate was not loaded from a file, so its"
                    + " certificate files cannot be found; save the estate first");
        }
        return CertificateFiles.besideEstate(Path.of(uri.toFileString()));
    }

    private static String label(ManagedDevice device) {
        return device.getName() + " (" + device.getId() + ")";
    }
}
