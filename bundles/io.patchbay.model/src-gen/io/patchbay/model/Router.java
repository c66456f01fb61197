/**
 */
package io.patchbay.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Router</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.Router#getPublicAddress <em>Public Address</em>}</li>
 *   <li>{@link io.patchbay.model.Router#getNatType <em>Nat Type</em>}</li>
 * </ul>
 *
 * @see io.patchbay.model.EstatePackage#getRouter()
 * @model abstract="true"
 * @generated
 */
public interface Router extends ManagedDevice {
	/**
	 * Returns the value of the '<em><b>Public Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Public Address</em>' attribute.
	 * @see #setPublicAddress(String)
	 * @see io.patchbay.model.EstatePackage#getRouter_PublicAddress()
	 * @model
	 * @generated
	 */
	String getPublicAddress();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Router#getPublicAddress <em>Public Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Public Address</em>' attribute.
	 * @see #getPublicAddress()
	 * @generated
	 */
	void setPublicAddress(String value);

	/**
	 * Returns the value of the '<em><b>Nat Type</b></em>' attribute.
	 * The literals are from the enumeration {@link io.patchbay.model.NatType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NAT behaviour; symmetric NAT does not work for Device@Home (F-03, F-04).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nat Type</em>' attribute.
	 * @see io.patchbay.model.NatType
	 * @see #setNatType(NatType)
	 * @see io.patchbay.model.EstatePackage#getRouter_NatType()
	 * @model
	 * @generated
	 */
	NatType getNatType();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Router#getNatType <em>Nat Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nat Type</em>' attribute.
	 * @see io.patchbay.model.NatType
	 * @see #getNatType()
	 * @generated
	 */
	void setNatType(NatType value);

} // Router
