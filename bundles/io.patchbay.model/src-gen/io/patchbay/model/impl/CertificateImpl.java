/**
 */
package io.patchbay.model.impl;

import io.patchbay.model.Certificate;
import io.patchbay.model.CertificateKind;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.SignatureAlgorithm;

import java.math.BigInteger;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Certificate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.impl.CertificateImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.patchbay.model.impl.CertificateImpl#getSerialNumber <em>Serial Number</em>}</li>
 *   <li>{@link io.patchbay.model.impl.CertificateImpl#getSignatureAlgorithm <em>Signature Algorithm</em>}</li>
 *   <li>{@link io.patchbay.model.impl.CertificateImpl#getKeyLength <em>Key Length</em>}</li>
 *   <li>{@link io.patchbay.model.impl.CertificateImpl#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link io.patchbay.model.impl.CertificateImpl#getValidUntil <em>Valid Until</em>}</li>
 *   <li>{@link io.patchbay.model.impl.CertificateImpl#getSubjectCountry <em>Subject Country</em>}</li>
 *   <li>{@link io.patchbay.model.impl.CertificateImpl#getSubjectOrganization <em>Subject Organization</em>}</li>
 *   <li>{@link io.patchbay.model.impl.CertificateImpl#getSubjectOrganizationalUnit <em>Subject Organizational Unit</em>}</li>
 *   <li>{@link io.patchbay.model.impl.CertificateImpl#getSubjectCommonName <em>Subject Common Name</em>}</li>
 *   <li>{@link io.patchbay.model.impl.CertificateImpl#getSubjectAlternativeName <em>Subject Alternative Name</em>}</li>
 *   <li>{@link io.patchbay.model.impl.CertificateImpl#getCrlDistributionPoint <em>Crl Distribution Point</em>}</li>
 *   <li>{@link io.patchbay.model.impl.CertificateImpl#isImported <em>Imported</em>}</li>
 *   <li>{@link io.patchbay.model.impl.CertificateImpl#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link io.patchbay.model.impl.CertificateImpl#getPassphraseRef <em>Passphrase Ref</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CertificateImpl extends NamedElementImpl implements Certificate {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CertificateKind KIND_EDEFAULT = CertificateKind.CA;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected CertificateKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getSerialNumber() <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerialNumber()
	 * @generated
	 * @ordered
	 */
	protected static final BigInteger SERIAL_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSerialNumber() <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerialNumber()
	 * @generated
	 * @ordered
	 */
	protected BigInteger serialNumber = SERIAL_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignatureAlgorithm() <em>Signature Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatureAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected static final SignatureAlgorithm SIGNATURE_ALGORITHM_EDEFAULT = SignatureAlgorithm.SHA256_RSA;

	/**
	 * The cached value of the '{@link #getSignatureAlgorithm() <em>Signature Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatureAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected SignatureAlgorithm signatureAlgorithm = SIGNATURE_ALGORITHM_EDEFAULT;

	/**
	 * The default value of the '{@link #getKeyLength() <em>Key Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyLength()
	 * @generated
	 * @ordered
	 */
	protected static final int KEY_LENGTH_EDEFAULT = 2048;

	/**
	 * The cached value of the '{@link #getKeyLength() <em>Key Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyLength()
	 * @generated
	 * @ordered
	 */
	protected int keyLength = KEY_LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected static final Instant VALID_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected Instant validFrom = VALID_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidUntil() <em>Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidUntil()
	 * @generated
	 * @ordered
	 */
	protected static final Instant VALID_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidUntil() <em>Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidUntil()
	 * @generated
	 * @ordered
	 */
	protected Instant validUntil = VALID_UNTIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubjectCountry() <em>Subject Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubjectCountry() <em>Subject Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectCountry()
	 * @generated
	 * @ordered
	 */
	protected String subjectCountry = SUBJECT_COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubjectOrganization() <em>Subject Organization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectOrganization()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_ORGANIZATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubjectOrganization() <em>Subject Organization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectOrganization()
	 * @generated
	 * @ordered
	 */
	protected String subjectOrganization = SUBJECT_ORGANIZATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubjectOrganizationalUnit() <em>Subject Organizational Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectOrganizationalUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_ORGANIZATIONAL_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubjectOrganizationalUnit() <em>Subject Organizational Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectOrganizationalUnit()
	 * @generated
	 * @ordered
	 */
	protected String subjectOrganizationalUnit = SUBJECT_ORGANIZATIONAL_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubjectCommonName() <em>Subject Common Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectCommonName()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_COMMON_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubjectCommonName() <em>Subject Common Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectCommonName()
	 * @generated
	 * @ordered
	 */
	protected String subjectCommonName = SUBJECT_COMMON_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubjectAlternativeName() <em>Subject Alternative Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectAlternativeName()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_ALTERNATIVE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubjectAlternativeName() <em>Subject Alternative Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectAlternativeName()
	 * @generated
	 * @ordered
	 */
	protected String subjectAlternativeName = SUBJECT_ALTERNATIVE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCrlDistributionPoint() <em>Crl Distribution Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrlDistributionPoint()
	 * @generated
	 * @ordered
	 */
	protected static final String CRL_DISTRIBUTION_POINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCrlDistributionPoint() <em>Crl Distribution Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrlDistributionPoint()
	 * @generated
	 * @ordered
	 */
	protected String crlDistributionPoint = CRL_DISTRIBUTION_POINT_EDEFAULT;

	/**
	 * The default value of the '{@link #isImported() <em>Imported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isImported()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IMPORTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isImported() <em>Imported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isImported()
	 * @generated
	 * @ordered
	 */
	protected boolean imported = IMPORTED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIssuer() <em>Issuer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuer()
	 * @generated
	 * @ordered
	 */
	protected Certificate issuer;

	/**
	 * The default value of the '{@link #getPassphraseRef() <em>Passphrase Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPassphraseRef()
	 * @generated
	 * @ordered
	 */
	protected static final String PASSPHRASE_REF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPassphraseRef() <em>Passphrase Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPassphraseRef()
	 * @generated
	 * @ordered
	 */
	protected String passphraseRef = PASSPHRASE_REF_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CertificateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EstatePackage.Literals.CERTIFICATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CertificateKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CertificateKind newKind) {
		CertificateKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.CERTIFICATE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigInteger getSerialNumber() {
		return serialNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSerialNumber(BigInteger newSerialNumber) {
		BigInteger oldSerialNumber = serialNumber;
		serialNumber = newSerialNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.CERTIFICATE__SERIAL_NUMBER, oldSerialNumber, serialNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignatureAlgorithm getSignatureAlgorithm() {
		return signatureAlgorithm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignatureAlgorithm(SignatureAlgorithm newSignatureAlgorithm) {
		SignatureAlgorithm oldSignatureAlgorithm = signatureAlgorithm;
		signatureAlgorithm = newSignatureAlgorithm == null ? SIGNATURE_ALGORITHM_EDEFAULT : newSignatureAlgorithm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.CERTIFICATE__SIGNATURE_ALGORITHM, oldSignatureAlgorithm, signatureAlgorithm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getKeyLength() {
		return keyLength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyLength(int newKeyLength) {
		int oldKeyLength = keyLength;
		keyLength = newKeyLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.CERTIFICATE__KEY_LENGTH, oldKeyLength, keyLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getValidFrom() {
		return validFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidFrom(Instant newValidFrom) {
		Instant oldValidFrom = validFrom;
		validFrom = newValidFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.CERTIFICATE__VALID_FROM, oldValidFrom, validFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getValidUntil() {
		return validUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidUntil(Instant newValidUntil) {
		Instant oldValidUntil = validUntil;
		validUntil = newValidUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.CERTIFICATE__VALID_UNTIL, oldValidUntil, validUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubjectCountry() {
		return subjectCountry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubjectCountry(String newSubjectCountry) {
		String oldSubjectCountry = subjectCountry;
		subjectCountry = newSubjectCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.CERTIFICATE__SUBJECT_COUNTRY, oldSubjectCountry, subjectCountry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubjectOrganization() {
		return subjectOrganization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubjectOrganization(String newSubjectOrganization) {
		String oldSubjectOrganization = subjectOrganization;
		subjectOrganization = newSubjectOrganization;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.CERTIFICATE__SUBJECT_ORGANIZATION, oldSubjectOrganization, subjectOrganization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubjectOrganizationalUnit() {
		return subjectOrganizationalUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubjectOrganizationalUnit(String newSubjectOrganizationalUnit) {
		String oldSubjectOrganizationalUnit = subjectOrganizationalUnit;
		subjectOrganizationalUnit = newSubjectOrganizationalUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.CERTIFICATE__SUBJECT_ORGANIZATIONAL_UNIT, oldSubjectOrganizationalUnit, subjectOrganizationalUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubjectCommonName() {
		return subjectCommonName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubjectCommonName(String newSubjectCommonName) {
		String oldSubjectCommonName = subjectCommonName;
		subjectCommonName = newSubjectCommonName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.CERTIFICATE__SUBJECT_COMMON_NAME, oldSubjectCommonName, subjectCommonName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubjectAlternativeName() {
		return subjectAlternativeName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubjectAlternativeName(String newSubjectAlternativeName) {
		String oldSubjectAlternativeName = subjectAlternativeName;
		subjectAlternativeName = newSubjectAlternativeName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.CERTIFICATE__SUBJECT_ALTERNATIVE_NAME, oldSubjectAlternativeName, subjectAlternativeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCrlDistributionPoint() {
		return crlDistributionPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCrlDistributionPoint(String newCrlDistributionPoint) {
		String oldCrlDistributionPoint = crlDistributionPoint;
		crlDistributionPoint = newCrlDistributionPoint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.CERTIFICATE__CRL_DISTRIBUTION_POINT, oldCrlDistributionPoint, crlDistributionPoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isImported() {
		return imported;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImported(boolean newImported) {
		boolean oldImported = imported;
		imported = newImported;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.CERTIFICATE__IMPORTED, oldImported, imported));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Certificate getIssuer() {
		if (issuer != null && issuer.eIsProxy()) {
			InternalEObject oldIssuer = (InternalEObject)issuer;
			issuer = (Certificate)eResolveProxy(oldIssuer);
			if (issuer != oldIssuer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EstatePackage.CERTIFICATE__ISSUER, oldIssuer, issuer));
			}
		}
		return issuer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Certificate basicGetIssuer() {
		return issuer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuer(Certificate newIssuer) {
		Certificate oldIssuer = issuer;
		issuer = newIssuer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.CERTIFICATE__ISSUER, oldIssuer, issuer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPassphraseRef() {
		return passphraseRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPassphraseRef(String newPassphraseRef) {
		String oldPassphraseRef = passphraseRef;
		passphraseRef = newPassphraseRef;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.CERTIFICATE__PASSPHRASE_REF, oldPassphraseRef, passphraseRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EstatePackage.CERTIFICATE__KIND:
				return getKind();
			case EstatePackage.CERTIFICATE__SERIAL_NUMBER:
				return getSerialNumber();
			case EstatePackage.CERTIFICATE__SIGNATURE_ALGORITHM:
				return getSignatureAlgorithm();
			case EstatePackage.CERTIFICATE__KEY_LENGTH:
				return getKeyLength();
			case EstatePackage.CERTIFICATE__VALID_FROM:
				return getValidFrom();
			case EstatePackage.CERTIFICATE__VALID_UNTIL:
				return getValidUntil();
			case EstatePackage.CERTIFICATE__SUBJECT_COUNTRY:
				return getSubjectCountry();
			case EstatePackage.CERTIFICATE__SUBJECT_ORGANIZATION:
				return getSubjectOrganization();
			case EstatePackage.CERTIFICATE__SUBJECT_ORGANIZATIONAL_UNIT:
				return getSubjectOrganizationalUnit();
			case EstatePackage.CERTIFICATE__SUBJECT_COMMON_NAME:
				return getSubjectCommonName();
			case EstatePackage.CERTIFICATE__SUBJECT_ALTERNATIVE_NAME:
				return getSubjectAlternativeName();
			case EstatePackage.CERTIFICATE__CRL_DISTRIBUTION_POINT:
				return getCrlDistributionPoint();
			case EstatePackage.CERTIFICATE__IMPORTED:
				return isImported();
			case EstatePackage.CERTIFICATE__ISSUER:
				if (resolve) return getIssuer();
				return basicGetIssuer();
			case EstatePackage.CERTIFICATE__PASSPHRASE_REF:
				return getPassphraseRef();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case EstatePackage.CERTIFICATE__KIND:
				setKind((CertificateKind)newValue);
				return;
			case EstatePackage.CERTIFICATE__SERIAL_NUMBER:
				setSerialNumber((BigInteger)newValue);
				return;
			case EstatePackage.CERTIFICATE__SIGNATURE_ALGORITHM:
				setSignatureAlgorithm((SignatureAlgorithm)newValue);
				return;
			case EstatePackage.CERTIFICATE__KEY_LENGTH:
				setKeyLength((Integer)newValue);
				return;
			case EstatePackage.CERTIFICATE__VALID_FROM:
				setValidFrom((Instant)newValue);
				return;
			case EstatePackage.CERTIFICATE__VALID_UNTIL:
				setValidUntil((Instant)newValue);
				return;
			case EstatePackage.CERTIFICATE__SUBJECT_COUNTRY:
				setSubjectCountry((String)newValue);
				return;
			case EstatePackage.CERTIFICATE__SUBJECT_ORGANIZATION:
				setSubjectOrganization((String)newValue);
				return;
			case EstatePackage.CERTIFICATE__SUBJECT_ORGANIZATIONAL_UNIT:
				setSubjectOrganizationalUnit((String)newValue);
				return;
			case EstatePackage.CERTIFICATE__SUBJECT_COMMON_NAME:
				setSubjectCommonName((String)newValue);
				return;
			case EstatePackage.CERTIFICATE__SUBJECT_ALTERNATIVE_NAME:
				setSubjectAlternativeName((String)newValue);
				return;
			case EstatePackage.CERTIFICATE__CRL_DISTRIBUTION_POINT:
				setCrlDistributionPoint((String)newValue);
				return;
			case EstatePackage.CERTIFICATE__IMPORTED:
				setImported((Boolean)newValue);
				return;
			case EstatePackage.CERTIFICATE__ISSUER:
				setIssuer((Certificate)newValue);
				return;
			case EstatePackage.CERTIFICATE__PASSPHRASE_REF:
				setPassphraseRef((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case EstatePackage.CERTIFICATE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case EstatePackage.CERTIFICATE__SERIAL_NUMBER:
				setSerialNumber(SERIAL_NUMBER_EDEFAULT);
				return;
			case EstatePackage.CERTIFICATE__SIGNATURE_ALGORITHM:
				setSignatureAlgorithm(SIGNATURE_ALGORITHM_EDEFAULT);
				return;
			case EstatePackage.CERTIFICATE__KEY_LENGTH:
				setKeyLength(KEY_LENGTH_EDEFAULT);
				return;
			case EstatePackage.CERTIFICATE__VALID_FROM:
				setValidFrom(VALID_FROM_EDEFAULT);
				return;
			case EstatePackage.CERTIFICATE__VALID_UNTIL:
				setValidUntil(VALID_UNTIL_EDEFAULT);
				return;
			case EstatePackage.CERTIFICATE__SUBJECT_COUNTRY:
				setSubjectCountry(SUBJECT_COUNTRY_EDEFAULT);
				return;
			case EstatePackage.CERTIFICATE__SUBJECT_ORGANIZATION:
				setSubjectOrganization(SUBJECT_ORGANIZATION_EDEFAULT);
				return;
			case EstatePackage.CERTIFICATE__SUBJECT_ORGANIZATIONAL_UNIT:
				setSubjectOrganizationalUnit(SUBJECT_ORGANIZATIONAL_UNIT_EDEFAULT);
				return;
			case EstatePackage.CERTIFICATE__SUBJECT_COMMON_NAME:
				setSubjectCommonName(SUBJECT_COMMON_NAME_EDEFAULT);
				return;
			case EstatePackage.CERTIFICATE__SUBJECT_ALTERNATIVE_NAME:
				setSubjectAlternativeName(SUBJECT_ALTERNATIVE_NAME_EDEFAULT);
				return;
			case EstatePackage.CERTIFICATE__CRL_DISTRIBUTION_POINT:
				setCrlDistributionPoint(CRL_DISTRIBUTION_POINT_EDEFAULT);
				return;
			case EstatePackage.CERTIFICATE__IMPORTED:
				setImported(IMPORTED_EDEFAULT);
				return;
			case EstatePackage.CERTIFICATE__ISSUER:
				setIssuer((Certificate)null);
				return;
			case EstatePackage.CERTIFICATE__PASSPHRASE_REF:
				setPassphraseRef(PASSPHRASE_REF_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case EstatePackage.CERTIFICATE__KIND:
				return kind != KIND_EDEFAULT;
			case EstatePackage.CERTIFICATE__SERIAL_NUMBER:
				return SERIAL_NUMBER_EDEFAULT == null ? serialNumber != null : !SERIAL_NUMBER_EDEFAULT.equals(serialNumber);
			case EstatePackage.CERTIFICATE__SIGNATURE_ALGORITHM:
				return signatureAlgorithm != SIGNATURE_ALGORITHM_EDEFAULT;
			case EstatePackage.CERTIFICATE__KEY_LENGTH:
				return keyLength != KEY_LENGTH_EDEFAULT;
			case EstatePackage.CERTIFICATE__VALID_FROM:
				return VALID_FROM_EDEFAULT == null ? validFrom != null : !VALID_FROM_EDEFAULT.equals(validFrom);
			case EstatePackage.CERTIFICATE__VALID_UNTIL:
				return VALID_UNTIL_EDEFAULT == null ? validUntil != null : !VALID_UNTIL_EDEFAULT.equals(validUntil);
			case EstatePackage.CERTIFICATE__SUBJECT_COUNTRY:
				return SUBJECT_COUNTRY_EDEFAULT == null ? subjectCountry != null : !SUBJECT_COUNTRY_EDEFAULT.equals(subjectCountry);
			case EstatePackage.CERTIFICATE__SUBJECT_ORGANIZATION:
				return SUBJECT_ORGANIZATION_EDEFAULT == null ? subjectOrganization != null : !SUBJECT_ORGANIZATION_EDEFAULT.equals(subjectOrganization);
			case EstatePackage.CERTIFICATE__SUBJECT_ORGANIZATIONAL_UNIT:
				return SUBJECT_ORGANIZATIONAL_UNIT_EDEFAULT == null ? subjectOrganizationalUnit != null : !SUBJECT_ORGANIZATIONAL_UNIT_EDEFAULT.equals(subjectOrganizationalUnit);
			case EstatePackage.CERTIFICATE__SUBJECT_COMMON_NAME:
				return SUBJECT_COMMON_NAME_EDEFAULT == null ? subjectCommonName != null : !SUBJECT_COMMON_NAME_EDEFAULT.equals(subjectCommonName);
			case EstatePackage.CERTIFICATE__SUBJECT_ALTERNATIVE_NAME:
				return SUBJECT_ALTERNATIVE_NAME_EDEFAULT == null ? subjectAlternativeName != null : !SUBJECT_ALTERNATIVE_NAME_EDEFAULT.equals(subjectAlternativeName);
			case EstatePackage.CERTIFICATE__CRL_DISTRIBUTION_POINT:
				return CRL_DISTRIBUTION_POINT_EDEFAULT == null ? crlDistributionPoint != null : !CRL_DISTRIBUTION_POINT_EDEFAULT.equals(crlDistributionPoint);
			case EstatePackage.CERTIFICATE__IMPORTED:
				return imported != IMPORTED_EDEFAULT;
			case EstatePackage.CERTIFICATE__ISSUER:
				return issuer != null;
			case EstatePackage.CERTIFICATE__PASSPHRASE_REF:
				return PASSPHRASE_REF_EDEFAULT == null ? passphraseRef != null : !PASSPHRASE_REF_EDEFAULT.equals(passphraseRef);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", serialNumber: ");
		result.append(serialNumber);
		result.append(", signatureAlgorithm: ");
		result.append(signatureAlgorithm);
		result.append(", keyLength: ");
		result.append(keyLength);
		result.append(", validFrom: ");
		result.append(validFrom);
		result.append(", validUntil: ");
		result.append(validUntil);
		result.append(", subjectCountry: ");
		result.append(subjectCountry);
		result.append(", subjectOrganization: ");
		result.append(subjectOrganization);
		result.append(", subjectOrganizationalUnit: ");
		result.append(subjectOrganizationalUnit);
		result.append(", subjectCommonName: ");
		result.append(subjectCommonName);
		result.append(", subjectAlternativeName: ");
		result.append(subjectAlternativeName);
		result.append(", crlDistributionPoint: ");
		result.append(crlDistributionPoint);
		result.append(", imported: ");
		result.append(imported);
		result.append(", passphraseRef: ");
		result.append(passphraseRef);
		result.append(')');
		return result.toString();
	}

} //CertificateImpl
