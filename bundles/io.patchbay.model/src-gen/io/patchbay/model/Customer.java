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
 *   <li>{@link io.patchbay.model.Customer#getSites <em>Sites</em>}</li>
 * </ul>
 *
 * @see io.patchbay.model.EstatePackage#getCustomer()
 * @model
 * @generated
 */
public interface Customer extends NamedElement {
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
