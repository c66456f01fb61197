/**
 */
package io.patchbay.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Managed Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A device Patchbay reads and writes through a driver (SSH, SNMP).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.ManagedDevice#getHostAddress <em>Host Address</em>}</li>
 *   <li>{@link io.patchbay.model.ManagedDevice#getSshPort <em>Ssh Port</em>}</li>
 *   <li>{@link io.patchbay.model.ManagedDevice#getSnmpPort <em>Snmp Port</em>}</li>
 *   <li>{@link io.patchbay.model.ManagedDevice#getHostKeyFingerprint <em>Host Key Fingerprint</em>}</li>
 *   <li>{@link io.patchbay.model.ManagedDevice#getCredentialRef <em>Credential Ref</em>}</li>
 *   <li>{@link io.patchbay.model.ManagedDevice#getServicelink <em>Servicelink</em>}</li>
 * </ul>
 *
 * @see io.patchbay.model.EstatePackage#getManagedDevice()
 * @model abstract="true"
 * @generated
 */
public interface ManagedDevice extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Host Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Management address: IPv4 address or DNS name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host Address</em>' attribute.
	 * @see #setHostAddress(String)
	 * @see io.patchbay.model.EstatePackage#getManagedDevice_HostAddress()
	 * @model
	 * @generated
	 */
	String getHostAddress();

	/**
	 * Sets the value of the '{@link io.patchbay.model.ManagedDevice#getHostAddress <em>Host Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Address</em>' attribute.
	 * @see #getHostAddress()
	 * @generated
	 */
	void setHostAddress(String value);

	/**
	 * Returns the value of the '<em><b>Ssh Port</b></em>' attribute.
	 * The default value is <code>"22"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ssh Port</em>' attribute.
	 * @see #setSshPort(int)
	 * @see io.patchbay.model.EstatePackage#getManagedDevice_SshPort()
	 * @model default="22"
	 * @generated
	 */
	int getSshPort();

	/**
	 * Sets the value of the '{@link io.patchbay.model.ManagedDevice#getSshPort <em>Ssh Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ssh Port</em>' attribute.
	 * @see #getSshPort()
	 * @generated
	 */
	void setSshPort(int value);

	/**
	 * Returns the value of the '<em><b>Snmp Port</b></em>' attribute.
	 * The default value is <code>"161"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * UDP port of the device's SNMP agent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Snmp Port</em>' attribute.
	 * @see #setSnmpPort(int)
	 * @see io.patchbay.model.EstatePackage#getManagedDevice_SnmpPort()
	 * @model default="161"
	 * @generated
	 */
	int getSnmpPort();

	/**
	 * Sets the value of the '{@link io.patchbay.model.ManagedDevice#getSnmpPort <em>Snmp Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Snmp Port</em>' attribute.
	 * @see #getSnmpPort()
	 * @generated
	 */
	void setSnmpPort(int value);

	/**
	 * Returns the value of the '<em><b>Host Key Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expected SSH host key fingerprint (e.g. SHA256:...); empty if not yet known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host Key Fingerprint</em>' attribute.
	 * @see #setHostKeyFingerprint(String)
	 * @see io.patchbay.model.EstatePackage#getManagedDevice_HostKeyFingerprint()
	 * @model
	 * @generated
	 */
	String getHostKeyFingerprint();

	/**
	 * Sets the value of the '{@link io.patchbay.model.ManagedDevice#getHostKeyFingerprint <em>Host Key Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Key Fingerprint</em>' attribute.
	 * @see #getHostKeyFingerprint()
	 * @generated
	 */
	void setHostKeyFingerprint(String value);

	/**
	 * Returns the value of the '<em><b>Credential Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the management credentials in the vault; never the secret itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Credential Ref</em>' attribute.
	 * @see #setCredentialRef(String)
	 * @see io.patchbay.model.EstatePackage#getManagedDevice_CredentialRef()
	 * @model
	 * @generated
	 */
	String getCredentialRef();

	/**
	 * Sets the value of the '{@link io.patchbay.model.ManagedDevice#getCredentialRef <em>Credential Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credential Ref</em>' attribute.
	 * @see #getCredentialRef()
	 * @generated
	 */
	void setCredentialRef(String value);

	/**
	 * Returns the value of the '<em><b>Servicelink</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The RSP.servicelink endpoint running on this device, if any (F-40).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Servicelink</em>' containment reference.
	 * @see #setServicelink(ServicelinkIdentity)
	 * @see io.patchbay.model.EstatePackage#getManagedDevice_Servicelink()
	 * @model containment="true"
	 * @generated
	 */
	ServicelinkIdentity getServicelink();

	/**
	 * Sets the value of the '{@link io.patchbay.model.ManagedDevice#getServicelink <em>Servicelink</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Servicelink</em>' containment reference.
	 * @see #getServicelink()
	 * @generated
	 */
	void setServicelink(ServicelinkIdentity value);

} // ManagedDevice
