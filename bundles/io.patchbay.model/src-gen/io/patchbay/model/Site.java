/**
 */
package io.patchbay.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A location of a customer (an office, a branch, or an employee's home office).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.Site#getSystems <em>Systems</em>}</li>
 *   <li>{@link io.patchbay.model.Site#getRouters <em>Routers</em>}</li>
 *   <li>{@link io.patchbay.model.Site#getRsipServers <em>Rsip Servers</em>}</li>
 * </ul>
 *
 * @see io.patchbay.model.EstatePackage#getSite()
 * @model
 * @generated
 */
public interface Site extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Systems</b></em>' containment reference list.
	 * The list contents are of type {@link io.patchbay.model.OsbizSystem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Systems</em>' containment reference list.
	 * @see io.patchbay.model.EstatePackage#getSite_Systems()
	 * @model containment="true"
	 * @generated
	 */
	EList<OsbizSystem> getSystems();

	/**
	 * Returns the value of the '<em><b>Routers</b></em>' containment reference list.
	 * The list contents are of type {@link io.patchbay.model.Router}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Routers</em>' containment reference list.
	 * @see io.patchbay.model.EstatePackage#getSite_Routers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Router> getRouters();

	/**
	 * Returns the value of the '<em><b>Rsip Servers</b></em>' containment reference list.
	 * The list contents are of type {@link io.patchbay.model.RsipServer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rsip Servers</em>' containment reference list.
	 * @see io.patchbay.model.EstatePackage#getSite_RsipServers()
	 * @model containment="true"
	 * @generated
	 */
	EList<RsipServer> getRsipServers();

} // Site
