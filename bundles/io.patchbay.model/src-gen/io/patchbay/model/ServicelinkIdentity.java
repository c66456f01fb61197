/**
 */
package io.patchbay.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Servicelink Identity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a device is registered with RSP.servicelink (F-43, F-47).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.ServicelinkIdentity#getDeviceIdentifier <em>Device Identifier</em>}</li>
 *   <li>{@link io.patchbay.model.ServicelinkIdentity#getSielId <em>Siel Id</em>}</li>
 *   <li>{@link io.patchbay.model.ServicelinkIdentity#getMac <em>Mac</em>}</li>
 *   <li>{@link io.patchbay.model.ServicelinkIdentity#getCustomerId <em>Customer Id</em>}</li>
 *   <li>{@link io.patchbay.model.ServicelinkIdentity#getCredentialRef <em>Credential Ref</em>}</li>
 * </ul>
 *
 * @see io.patchbay.model.EstatePackage#getServicelinkIdentity()
 * @model
 * @generated
 */
public interface ServicelinkIdentity extends EObject {
	/**
	 * Returns the value of the '<em><b>Device Identifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device Identifier</em>' attribute.
	 * @see #setDeviceIdentifier(String)
	 * @see io.patchbay.model.EstatePackage#getServicelinkIdentity_DeviceIdentifier()
	 * @model
	 * @generated
	 */
	String getDeviceIdentifier();

	/**
	 * Sets the value of the '{@link io.patchbay.model.ServicelinkIdentity#getDeviceIdentifier <em>Device Identifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Identifier</em>' attribute.
	 * @see #getDeviceIdentifier()
	 * @generated
	 */
	void setDeviceIdentifier(String value);

	/**
	 * Returns the value of the '<em><b>Siel Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Siel Id</em>' attribute.
	 * @see #setSielId(String)
	 * @see io.patchbay.model.EstatePackage#getServicelinkIdentity_SielId()
	 * @model
	 * @generated
	 */
	String getSielId();

	/**
	 * Sets the value of the '{@link io.patchbay.model.ServicelinkIdentity#getSielId <em>Siel Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Siel Id</em>' attribute.
	 * @see #getSielId()
	 * @generated
	 */
	void setSielId(String value);

	/**
	 * Returns the value of the '<em><b>Mac</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mac</em>' attribute.
	 * @see #setMac(String)
	 * @see io.patchbay.model.EstatePackage#getServicelinkIdentity_Mac()
	 * @model
	 * @generated
	 */
	String getMac();

	/**
	 * Sets the value of the '{@link io.patchbay.model.ServicelinkIdentity#getMac <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mac</em>' attribute.
	 * @see #getMac()
	 * @generated
	 */
	void setMac(String value);

	/**
	 * Returns the value of the '<em><b>Customer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer Id</em>' attribute.
	 * @see #setCustomerId(String)
	 * @see io.patchbay.model.EstatePackage#getServicelinkIdentity_CustomerId()
	 * @model
	 * @generated
	 */
	String getCustomerId();

	/**
	 * Sets the value of the '{@link io.patchbay.model.ServicelinkIdentity#getCustomerId <em>Customer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Id</em>' attribute.
	 * @see #getCustomerId()
	 * @generated
	 */
	void setCustomerId(String value);

	/**
	 * Returns the value of the '<em><b>Credential Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id in the vault of the stored RSP.servicelink credentials.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Credential Ref</em>' attribute.
	 * @see #setCredentialRef(String)
	 * @see io.patchbay.model.EstatePackage#getServicelinkIdentity_CredentialRef()
	 * @model
	 * @generated
	 */
	String getCredentialRef();

	/**
	 * Sets the value of the '{@link io.patchbay.model.ServicelinkIdentity#getCredentialRef <em>Credential Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credential Ref</em>' attribute.
	 * @see #getCredentialRef()
	 * @generated
	 */
	void setCredentialRef(String value);

} // ServicelinkIdentity
