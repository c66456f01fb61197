/**
 */
package io.patchbay.model.impl;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.ManagedDevice;
import io.patchbay.model.ServicelinkIdentity;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Managed Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.impl.ManagedDeviceImpl#getHostAddress <em>Host Address</em>}</li>
 *   <li>{@link io.patchbay.model.impl.ManagedDeviceImpl#getSshPort <em>Ssh Port</em>}</li>
 *   <li>{@link io.patchbay.model.impl.ManagedDeviceImpl#getSnmpPort <em>Snmp Port</em>}</li>
 *   <li>{@link io.patchbay.model.impl.ManagedDeviceImpl#getHostKeyFingerprint <em>Host Key Fingerprint</em>}</li>
 *   <li>{@link io.patchbay.model.impl.ManagedDeviceImpl#getCredentialRef <em>Credential Ref</em>}</li>
 *   <li>{@link io.patchbay.model.impl.ManagedDeviceImpl#getServicelink <em>Servicelink</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ManagedDeviceImpl extends NamedElementImpl implements ManagedDevice {
	/**
	 * The default value of the '{@link #getHostAddress() <em>Host Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostAddress() <em>Host Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostAddress()
	 * @generated
	 * @ordered
	 */
	protected String hostAddress = HOST_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSshPort() <em>Ssh Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSshPort()
	 * @generated
	 * @ordered
	 */
	protected static final int SSH_PORT_EDEFAULT = 22;

	/**
	 * The cached value of the '{@link #getSshPort() <em>Ssh Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSshPort()
	 * @generated
	 * @ordered
	 */
	protected int sshPort = SSH_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSnmpPort() <em>Snmp Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSnmpPort()
	 * @generated
	 * @ordered
	 */
	protected static final int SNMP_PORT_EDEFAULT = 161;

	/**
	 * The cached value of the '{@link #getSnmpPort() <em>Snmp Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSnmpPort()
	 * @generated
	 * @ordered
	 */
	protected int snmpPort = SNMP_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getHostKeyFingerprint() <em>Host Key Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostKeyFingerprint()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_KEY_FINGERPRINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostKeyFingerprint() <em>Host Key Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostKeyFingerprint()
	 * @generated
	 * @ordered
	 */
	protected String hostKeyFingerprint = HOST_KEY_FINGERPRINT_EDEFAULT;

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
	 * The cached value of the '{@link #getServicelink() <em>Servicelink</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServicelink()
	 * @generated
	 * @ordered
	 */
	protected ServicelinkIdentity servicelink;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ManagedDeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EstatePackage.Literals.MANAGED_DEVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHostAddress() {
		return hostAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostAddress(String newHostAddress) {
		String oldHostAddress = hostAddress;
		hostAddress = newHostAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.MANAGED_DEVICE__HOST_ADDRESS, oldHostAddress, hostAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSshPort() {
		return sshPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSshPort(int newSshPort) {
		int oldSshPort = sshPort;
		sshPort = newSshPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.MANAGED_DEVICE__SSH_PORT, oldSshPort, sshPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSnmpPort() {
		return snmpPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSnmpPort(int newSnmpPort) {
		int oldSnmpPort = snmpPort;
		snmpPort = newSnmpPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.MANAGED_DEVICE__SNMP_PORT, oldSnmpPort, snmpPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHostKeyFingerprint() {
		return hostKeyFingerprint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostKeyFingerprint(String newHostKeyFingerprint) {
		String oldHostKeyFingerprint = hostKeyFingerprint;
		hostKeyFingerprint = newHostKeyFingerprint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.MANAGED_DEVICE__HOST_KEY_FINGERPRINT, oldHostKeyFingerprint, hostKeyFingerprint));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.MANAGED_DEVICE__CREDENTIAL_REF, oldCredentialRef, credentialRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServicelinkIdentity getServicelink() {
		return servicelink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetServicelink(ServicelinkIdentity newServicelink, NotificationChain msgs) {
		ServicelinkIdentity oldServicelink = servicelink;
		servicelink = newServicelink;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, EstatePackage.MANAGED_DEVICE__SERVICELINK, oldServicelink, newServicelink);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServicelink(ServicelinkIdentity newServicelink) {
		if (newServicelink != servicelink) {
			NotificationChain msgs = null;
			if (servicelink != null)
				msgs = ((InternalEObject)servicelink).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - EstatePackage.MANAGED_DEVICE__SERVICELINK, null, msgs);
			if (newServicelink != null)
				msgs = ((InternalEObject)newServicelink).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - EstatePackage.MANAGED_DEVICE__SERVICELINK, null, msgs);
			msgs = basicSetServicelink(newServicelink, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.MANAGED_DEVICE__SERVICELINK, newServicelink, newServicelink));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EstatePackage.MANAGED_DEVICE__SERVICELINK:
				return basicSetServicelink(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EstatePackage.MANAGED_DEVICE__HOST_ADDRESS:
				return getHostAddress();
			case EstatePackage.MANAGED_DEVICE__SSH_PORT:
				return getSshPort();
			case EstatePackage.MANAGED_DEVICE__SNMP_PORT:
				return getSnmpPort();
			case EstatePackage.MANAGED_DEVICE__HOST_KEY_FINGERPRINT:
				return getHostKeyFingerprint();
			case EstatePackage.MANAGED_DEVICE__CREDENTIAL_REF:
				return getCredentialRef();
			case EstatePackage.MANAGED_DEVICE__SERVICELINK:
				return getServicelink();
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
			case EstatePackage.MANAGED_DEVICE__HOST_ADDRESS:
				setHostAddress((String)newValue);
				return;
			case EstatePackage.MANAGED_DEVICE__SSH_PORT:
				setSshPort((Integer)newValue);
				return;
			case EstatePackage.MANAGED_DEVICE__SNMP_PORT:
				setSnmpPort((Integer)newValue);
				return;
			case EstatePackage.MANAGED_DEVICE__HOST_KEY_FINGERPRINT:
				setHostKeyFingerprint((String)newValue);
				return;
			case EstatePackage.MANAGED_DEVICE__CREDENTIAL_REF:
				setCredentialRef((String)newValue);
				return;
			case EstatePackage.MANAGED_DEVICE__SERVICELINK:
				setServicelink((ServicelinkIdentity)newValue);
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
			case EstatePackage.MANAGED_DEVICE__HOST_ADDRESS:
				setHostAddress(HOST_ADDRESS_EDEFAULT);
				return;
			case EstatePackage.MANAGED_DEVICE__SSH_PORT:
				setSshPort(SSH_PORT_EDEFAULT);
				return;
			case EstatePackage.MANAGED_DEVICE__SNMP_PORT:
				setSnmpPort(SNMP_PORT_EDEFAULT);
				return;
			case EstatePackage.MANAGED_DEVICE__HOST_KEY_FINGERPRINT:
				setHostKeyFingerprint(HOST_KEY_FINGERPRINT_EDEFAULT);
				return;
			case EstatePackage.MANAGED_DEVICE__CREDENTIAL_REF:
				setCredentialRef(CREDENTIAL_REF_EDEFAULT);
				return;
			case EstatePackage.MANAGED_DEVICE__SERVICELINK:
				setServicelink((ServicelinkIdentity)null);
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
			case EstatePackage.MANAGED_DEVICE__HOST_ADDRESS:
				return HOST_ADDRESS_EDEFAULT == null ? hostAddress != null : !HOST_ADDRESS_EDEFAULT.equals(hostAddress);
			case EstatePackage.MANAGED_DEVICE__SSH_PORT:
				return sshPort != SSH_PORT_EDEFAULT;
			case EstatePackage.MANAGED_DEVICE__SNMP_PORT:
				return snmpPort != SNMP_PORT_EDEFAULT;
			case EstatePackage.MANAGED_DEVICE__HOST_KEY_FINGERPRINT:
				return HOST_KEY_FINGERPRINT_EDEFAULT == null ? hostKeyFingerprint != null : !HOST_KEY_FINGERPRINT_EDEFAULT.equals(hostKeyFingerprint);
			case EstatePackage.MANAGED_DEVICE__CREDENTIAL_REF:
				return CREDENTIAL_REF_EDEFAULT == null ? credentialRef != null : !CREDENTIAL_REF_EDEFAULT.equals(credentialRef);
			case EstatePackage.MANAGED_DEVICE__SERVICELINK:
				return servicelink != null;
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
		result.append(" (hostAddress: ");
		result.append(hostAddress);
		result.append(", sshPort: ");
		result.append(sshPort);
		result.append(", snmpPort: ");
		result.append(snmpPort);
		result.append(", hostKeyFingerprint: ");
		result.append(hostKeyFingerprint);
		result.append(", credentialRef: ");
		result.append(credentialRef);
		result.append(')');
		return result.toString();
	}

} //ManagedDeviceImpl
