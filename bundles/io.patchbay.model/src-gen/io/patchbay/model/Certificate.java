/**
 */
package io.patchbay.model;

import java.math.BigInteger;

import java.time.Instant;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Certificate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A CA or server (peer) certificate for SPE / TLS (F-30, F-31). The name must not contain blanks.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.Certificate#getKind <em>Kind</em>}</li>
 *   <li>{@link io.patchbay.model.Certificate#getSerialNumber <em>Serial Number</em>}</li>
 *   <li>{@link io.patchbay.model.Certificate#getSignatureAlgorithm <em>Signature Algorithm</em>}</li>
 *   <li>{@link io.patchbay.model.Certificate#getKeyLength <em>Key Length</em>}</li>
 *   <li>{@link io.patchbay.model.Certificate#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link io.patchbay.model.Certificate#getValidUntil <em>Valid Until</em>}</li>
 *   <li>{@link io.patchbay.model.Certificate#getSubjectCountry <em>Subject Country</em>}</li>
 *   <li>{@link io.patchbay.model.Certificate#getSubjectOrganization <em>Subject Organization</em>}</li>
 *   <li>{@link io.patchbay.model.Certificate#getSubjectOrganizationalUnit <em>Subject Organizational Unit</em>}</li>
 *   <li>{@link io.patchbay.model.Certificate#getSubjectCommonName <em>Subject Common Name</em>}</li>
 *   <li>{@link io.patchbay.model.Certificate#getSubjectAlternativeName <em>Subject Alternative Name</em>}</li>
 *   <li>{@link io.patchbay.model.Certificate#getCrlDistributionPoint <em>Crl Distribution Point</em>}</li>
 *   <li>{@link io.patchbay.model.Certificate#isImported <em>Imported</em>}</li>
 *   <li>{@link io.patchbay.model.Certificate#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link io.patchbay.model.Certificate#getPassphraseRef <em>Passphrase Ref</em>}</li>
 * </ul>
 *
 * @see io.patchbay.model.EstatePackage#getCertificate()
 * @model
 * @generated
 */
public interface Certificate extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.patchbay.model.CertificateKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.patchbay.model.CertificateKind
	 * @see #setKind(CertificateKind)
	 * @see io.patchbay.model.EstatePackage#getCertificate_Kind()
	 * @model
	 * @generated
	 */
	CertificateKind getKind();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Certificate#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.patchbay.model.CertificateKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CertificateKind value);

	/**
	 * Returns the value of the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique among all certificates ever created (F-30).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Serial Number</em>' attribute.
	 * @see #setSerialNumber(BigInteger)
	 * @see io.patchbay.model.EstatePackage#getCertificate_SerialNumber()
	 * @model
	 * @generated
	 */
	BigInteger getSerialNumber();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Certificate#getSerialNumber <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serial Number</em>' attribute.
	 * @see #getSerialNumber()
	 * @generated
	 */
	void setSerialNumber(BigInteger value);

	/**
	 * Returns the value of the '<em><b>Signature Algorithm</b></em>' attribute.
	 * The literals are from the enumeration {@link io.patchbay.model.SignatureAlgorithm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signature Algorithm</em>' attribute.
	 * @see io.patchbay.model.SignatureAlgorithm
	 * @see #setSignatureAlgorithm(SignatureAlgorithm)
	 * @see io.patchbay.model.EstatePackage#getCertificate_SignatureAlgorithm()
	 * @model
	 * @generated
	 */
	SignatureAlgorithm getSignatureAlgorithm();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Certificate#getSignatureAlgorithm <em>Signature Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signature Algorithm</em>' attribute.
	 * @see io.patchbay.model.SignatureAlgorithm
	 * @see #getSignatureAlgorithm()
	 * @generated
	 */
	void setSignatureAlgorithm(SignatureAlgorithm value);

	/**
	 * Returns the value of the '<em><b>Key Length</b></em>' attribute.
	 * The default value is <code>"2048"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key Length</em>' attribute.
	 * @see #setKeyLength(int)
	 * @see io.patchbay.model.EstatePackage#getCertificate_KeyLength()
	 * @model default="2048"
	 * @generated
	 */
	int getKeyLength();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Certificate#getKeyLength <em>Key Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key Length</em>' attribute.
	 * @see #getKeyLength()
	 * @generated
	 */
	void setKeyLength(int value);

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(Instant)
	 * @see io.patchbay.model.EstatePackage#getCertificate_ValidFrom()
	 * @model dataType="io.patchbay.model.Instant"
	 * @generated
	 */
	Instant getValidFrom();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Certificate#getValidFrom <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid From</em>' attribute.
	 * @see #getValidFrom()
	 * @generated
	 */
	void setValidFrom(Instant value);

	/**
	 * Returns the value of the '<em><b>Valid Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid Until</em>' attribute.
	 * @see #setValidUntil(Instant)
	 * @see io.patchbay.model.EstatePackage#getCertificate_ValidUntil()
	 * @model dataType="io.patchbay.model.Instant"
	 * @generated
	 */
	Instant getValidUntil();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Certificate#getValidUntil <em>Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid Until</em>' attribute.
	 * @see #getValidUntil()
	 * @generated
	 */
	void setValidUntil(Instant value);

	/**
	 * Returns the value of the '<em><b>Subject Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject Country</em>' attribute.
	 * @see #setSubjectCountry(String)
	 * @see io.patchbay.model.EstatePackage#getCertificate_SubjectCountry()
	 * @model
	 * @generated
	 */
	String getSubjectCountry();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Certificate#getSubjectCountry <em>Subject Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject Country</em>' attribute.
	 * @see #getSubjectCountry()
	 * @generated
	 */
	void setSubjectCountry(String value);

	/**
	 * Returns the value of the '<em><b>Subject Organization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject Organization</em>' attribute.
	 * @see #setSubjectOrganization(String)
	 * @see io.patchbay.model.EstatePackage#getCertificate_SubjectOrganization()
	 * @model
	 * @generated
	 */
	String getSubjectOrganization();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Certificate#getSubjectOrganization <em>Subject Organization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject Organization</em>' attribute.
	 * @see #getSubjectOrganization()
	 * @generated
	 */
	void setSubjectOrganization(String value);

	/**
	 * Returns the value of the '<em><b>Subject Organizational Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject Organizational Unit</em>' attribute.
	 * @see #setSubjectOrganizationalUnit(String)
	 * @see io.patchbay.model.EstatePackage#getCertificate_SubjectOrganizationalUnit()
	 * @model
	 * @generated
	 */
	String getSubjectOrganizationalUnit();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Certificate#getSubjectOrganizationalUnit <em>Subject Organizational Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject Organizational Unit</em>' attribute.
	 * @see #getSubjectOrganizationalUnit()
	 * @generated
	 */
	void setSubjectOrganizationalUnit(String value);

	/**
	 * Returns the value of the '<em><b>Subject Common Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject Common Name</em>' attribute.
	 * @see #setSubjectCommonName(String)
	 * @see io.patchbay.model.EstatePackage#getCertificate_SubjectCommonName()
	 * @model
	 * @generated
	 */
	String getSubjectCommonName();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Certificate#getSubjectCommonName <em>Subject Common Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject Common Name</em>' attribute.
	 * @see #getSubjectCommonName()
	 * @generated
	 */
	void setSubjectCommonName(String value);

	/**
	 * Returns the value of the '<em><b>Subject Alternative Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional subject alternative name: an IP address or DNS name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject Alternative Name</em>' attribute.
	 * @see #setSubjectAlternativeName(String)
	 * @see io.patchbay.model.EstatePackage#getCertificate_SubjectAlternativeName()
	 * @model
	 * @generated
	 */
	String getSubjectAlternativeName();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Certificate#getSubjectAlternativeName <em>Subject Alternative Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject Alternative Name</em>' attribute.
	 * @see #getSubjectAlternativeName()
	 * @generated
	 */
	void setSubjectAlternativeName(String value);

	/**
	 * Returns the value of the '<em><b>Crl Distribution Point</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Crl Distribution Point</em>' attribute.
	 * @see #setCrlDistributionPoint(String)
	 * @see io.patchbay.model.EstatePackage#getCertificate_CrlDistributionPoint()
	 * @model
	 * @generated
	 */
	String getCrlDistributionPoint();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Certificate#getCrlDistributionPoint <em>Crl Distribution Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Crl Distribution Point</em>' attribute.
	 * @see #getCrlDistributionPoint()
	 * @generated
	 */
	void setCrlDistributionPoint(String value);

	/**
	 * Returns the value of the '<em><b>Imported</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Imported from a trust centre rather than created (self-signed) by the system.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Imported</em>' attribute.
	 * @see #setImported(boolean)
	 * @see io.patchbay.model.EstatePackage#getCertificate_Imported()
	 * @model
	 * @generated
	 */
	boolean isImported();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Certificate#isImported <em>Imported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Imported</em>' attribute.
	 * @see #isImported()
	 * @generated
	 */
	void setImported(boolean value);

	/**
	 * Returns the value of the '<em><b>Issuer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The CA that signed a server certificate; empty for a self-signed CA.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issuer</em>' reference.
	 * @see #setIssuer(Certificate)
	 * @see io.patchbay.model.EstatePackage#getCertificate_Issuer()
	 * @model
	 * @generated
	 */
	Certificate getIssuer();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Certificate#getIssuer <em>Issuer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issuer</em>' reference.
	 * @see #getIssuer()
	 * @generated
	 */
	void setIssuer(Certificate value);

	/**
	 * Returns the value of the '<em><b>Passphrase Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id in the vault of the passphrase protecting the PKCS#12 export (F-31).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Passphrase Ref</em>' attribute.
	 * @see #setPassphraseRef(String)
	 * @see io.patchbay.model.EstatePackage#getCertificate_PassphraseRef()
	 * @model
	 * @generated
	 */
	String getPassphraseRef();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Certificate#getPassphraseRef <em>Passphrase Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Passphrase Ref</em>' attribute.
	 * @see #getPassphraseRef()
	 * @generated
	 */
	void setPassphraseRef(String value);

} // Certificate
