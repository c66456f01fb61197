/**
 */
package io.patchbay.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Customer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.Customer#getCustomerId <em>Customer Id</em>}</li>
 *   <li>{@link io.patchbay.model.Customer#getSites <em>Sites</em>}</li>
 * </ul>
 *
 * @see io.patchbay.model.EstatePackage#getCustomer()
 * @model
 * @generated
 */
public interface Customer extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Customer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer's RSP.servicelink Customer ID; a device registers with it (F-43).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Id</em>' attribute.
	 * @see #setCustomerId(String)
	 * @see io.patchbay.model.EstatePackage#getCustomer_CustomerId()
	 * @model
	 * @generated
	 */
	String getCustomerId();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Customer#getCustomerId <em>Customer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Id</em>' attribute.
	 * @see #getCustomerId()
	 * @generated
	 */
	void setCustomerId(String value);

	/**
	 * Returns the value of the '<em><b>Sites</b></em>' containment reference list.
	 * The list contents are of type {@link io.patchbay.model.Site}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sites</em>' containment reference list.
	 * @see io.patchbay.model.EstatePackage#getCustomer_Sites()
	 * @model containment="true"
	 * @generated
	 */
	EList<Site> getSites();

} // Customer
