/**
 */
package io.patchbay.model.impl;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.ServicelinkIdentity;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Servicelink Identity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.impl.ServicelinkIdentityImpl#getDeviceIdentifier <em>Device Identifier</em>}</li>
 *   <li>{@link io.patchbay.model.impl.ServicelinkIdentityImpl#getSielId <em>Siel Id</em>}</li>
 *   <li>{@link io.patchbay.model.impl.ServicelinkIdentityImpl#getMac <em>Mac</em>}</li>
 *   <li>{@link io.patchbay.model.impl.ServicelinkIdentityImpl#getCustomerId <em>Customer Id</em>}</li>
 *   <li>{@link io.patchbay.model.impl.ServicelinkIdentityImpl#getCredentialRef <em>Credential Ref</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServicelinkIdentityImpl extends EObjectImpl implements ServicelinkIdentity {
	/**
	 * The default value of the '{@link #getDeviceIdentifier() <em>Device Identifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceIdentifier()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVICE_IDENTIFIER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeviceIdentifier() <em>Device Identifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceIdentifier()
	 * @generated
	 * @ordered
	 */
	protected String deviceIdentifier = DEVICE_IDENTIFIER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSielId() <em>Siel Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSielId()
	 * @generated
	 * @ordered
	 */
	protected static final String SIEL_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSielId() <em>Siel Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSielId()
	 * @generated
	 * @ordered
	 */
	protected String sielId = SIEL_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getMac() <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMac()
	 * @generated
	 * @ordered
	 */
	protected static final String MAC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMac() <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMac()
	 * @generated
	 * @ordered
	 */
	protected String mac = MAC_EDEFAULT;

	/**
	 * The default value of the '{@link #getCustomerId() <em>Customer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerId()
	 * @generated
	 * @ordered
	 */
	protected static final String CUSTOMER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomerId() <em>Customer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerId()
	 * @generated
	 * @ordered
	 */
	protected String customerId = CUSTOMER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCredentialRef() <em>Credential Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredentialRef()
	 * @generated
	 * @ordered
	 */
	protected static final String CREDENTIAL_REF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCredentialRef() <em>Credential Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredentialRef()
	 * @generated
	 * @ordered
	 */
	protected String credentialRef = CREDENTIAL_REF_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServicelinkIdentityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EstatePackage.Literals.SERVICELINK_IDENTITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeviceIdentifier() {
		return deviceIdentifier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceIdentifier(String newDeviceIdentifier) {
		String oldDeviceIdentifier = deviceIdentifier;
		deviceIdentifier = newDeviceIdentifier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.SERVICELINK_IDENTITY__DEVICE_IDENTIFIER, oldDeviceIdentifier, deviceIdentifier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSielId() {
		return sielId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSielId(String newSielId) {
		String oldSielId = sielId;
		sielId = newSielId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.SERVICELINK_IDENTITY__SIEL_ID, oldSielId, sielId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMac() {
		return mac;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMac(String newMac) {
		String oldMac = mac;
		mac = newMac;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.SERVICELINK_IDENTITY__MAC, oldMac, mac));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCustomerId() {
		return customerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerId(String newCustomerId) {
		String oldCustomerId = customerId;
		customerId = newCustomerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.SERVICELINK_IDENTITY__CUSTOMER_ID, oldCustomerId, customerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCredentialRef() {
		return credentialRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCredentialRef(String newCredentialRef) {
		String oldCredentialRef = credentialRef;
		credentialRef = newCredentialRef;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.SERVICELINK_IDENTITY__CREDENTIAL_REF, oldCredentialRef, credentialRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EstatePackage.SERVICELINK_IDENTITY__DEVICE_IDENTIFIER:
				return getDeviceIdentifier();
			case EstatePackage.SERVICELINK_IDENTITY__SIEL_ID:
				return getSielId();
			case EstatePackage.SERVICELINK_IDENTITY__MAC:
				return getMac();
			case EstatePackage.SERVICELINK_IDENTITY__CUSTOMER_ID:
				return getCustomerId();
			case EstatePackage.SERVICELINK_IDENTITY__CREDENTIAL_REF:
				return getCredentialRef();
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
			case EstatePackage.SERVICELINK_IDENTITY__DEVICE_IDENTIFIER:
				setDeviceIdentifier((String)newValue);
				return;
			case EstatePackage.SERVICELINK_IDENTITY__SIEL_ID:
				setSielId((String)newValue);
				return;
			case EstatePackage.SERVICELINK_IDENTITY__MAC:
				setMac((String)newValue);
				return;
			case EstatePackage.SERVICELINK_IDENTITY__CUSTOMER_ID:
				setCustomerId((String)newValue);
				return;
			case EstatePackage.SERVICELINK_IDENTITY__CREDENTIAL_REF:
				setCredentialRef((String)newValue);
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
			case EstatePackage.SERVICELINK_IDENTITY__DEVICE_IDENTIFIER:
				setDeviceIdentifier(DEVICE_IDENTIFIER_EDEFAULT);
				return;
			case EstatePackage.SERVICELINK_IDENTITY__SIEL_ID:
				setSielId(SIEL_ID_EDEFAULT);
				return;
			case EstatePackage.SERVICELINK_IDENTITY__MAC:
				setMac(MAC_EDEFAULT);
				return;
			case EstatePackage.SERVICELINK_IDENTITY__CUSTOMER_ID:
				setCustomerId(CUSTOMER_ID_EDEFAULT);
				return;
			case EstatePackage.SERVICELINK_IDENTITY__CREDENTIAL_REF:
				setCredentialRef(CREDENTIAL_REF_EDEFAULT);
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
			case EstatePackage.SERVICELINK_IDENTITY__DEVICE_IDENTIFIER:
				return DEVICE_IDENTIFIER_EDEFAULT == null ? deviceIdentifier != null : !DEVICE_IDENTIFIER_EDEFAULT.equals(deviceIdentifier);
			case EstatePackage.SERVICELINK_IDENTITY__SIEL_ID:
				return SIEL_ID_EDEFAULT == null ? sielId != null : !SIEL_ID_EDEFAULT.equals(sielId);
			case EstatePackage.SERVICELINK_IDENTITY__MAC:
				return MAC_EDEFAULT == null ? mac != null : !MAC_EDEFAULT.equals(mac);
			case EstatePackage.SERVICELINK_IDENTITY__CUSTOMER_ID:
				return CUSTOMER_ID_EDEFAULT == null ? customerId != null : !CUSTOMER_ID_EDEFAULT.equals(customerId);
			case EstatePackage.SERVICELINK_IDENTITY__CREDENTIAL_REF:
				return CREDENTIAL_REF_EDEFAULT == null ? credentialRef != null : !CREDENTIAL_REF_EDEFAULT.equals(credentialRef);
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
		result.append(" (deviceIdentifier: ");
		result.append(deviceIdentifier);
		result.append(", sielId: ");
		result.append(sielId);
		result.append(", mac: ");
		result.append(mac);
		result.append(", customerId: ");
		result.append(customerId);
		result.append(", credentialRef: ");
		result.append(credentialRef);
		result.append(')');
		return result.toString();
	}

} //ServicelinkIdentityImpl
