/**
 */
package io.patchbay.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Estate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of an estate file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.Estate#getName <em>Name</em>}</li>
 *   <li>{@link io.patchbay.model.Estate#getCustomers <em>Customers</em>}</li>
 *   <li>{@link io.patchbay.model.Estate#getCertificates <em>Certificates</em>}</li>
 *   <li>{@link io.patchbay.model.Estate#getServicelinkEndpoints <em>Servicelink Endpoints</em>}</li>
 * </ul>
 *
 * @see io.patchbay.model.EstatePackage#getEstate()
 * @model
 * @generated
 */
public interface Estate extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.patchbay.model.EstatePackage#getEstate_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Estate#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Customers</b></em>' containment reference list.
	 * The list contents are of type {@link io.patchbay.model.Customer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customers</em>' containment reference list.
	 * @see io.patchbay.model.EstatePackage#getEstate_Customers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Customer> getCustomers();

	/**
	 * Returns the value of the '<em><b>Certificates</b></em>' containment reference list.
	 * The list contents are of type {@link io.patchbay.model.Certificate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All CA and server certificates ever created (serial numbers must be unique among all of them, F-30).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certificates</em>' containment reference list.
	 * @see io.patchbay.model.EstatePackage#getEstate_Certificates()
	 * @model containment="true"
	 * @generated
	 */
	EList<Certificate> getCertificates();

	/**
	 * Returns the value of the '<em><b>Servicelink Endpoints</b></em>' containment reference list.
	 * The list contents are of type {@link io.patchbay.model.ServicelinkEndpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The RSP.servicelink tunnel endpoints (load balancers, registrars) this estate uses (F-41). Empty means the configured defaults (ServicelinkEndpoints.defaults()).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Servicelink Endpoints</em>' containment reference list.
	 * @see io.patchbay.model.EstatePackage#getEstate_ServicelinkEndpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServicelinkEndpoint> getServicelinkEndpoints();

} // Estate
