/**
 */
package io.patchbay.model.impl;

import io.patchbay.model.Certificate;
import io.patchbay.model.Customer;
import io.patchbay.model.Estate;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.ServicelinkEndpoint;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Estate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.impl.EstateImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.patchbay.model.impl.EstateImpl#getCustomers <em>Customers</em>}</li>
 *   <li>{@link io.patchbay.model.impl.EstateImpl#getCertificates <em>Certificates</em>}</li>
 *   <li>{@link io.patchbay.model.impl.EstateImpl#getServicelinkEndpoints <em>Servicelink Endpoints</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EstateImpl extends EObjectImpl implements Estate {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCustomers() <em>Customers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomers()
	 * @generated
	 * @ordered
	 */
	protected EList<Customer> customers;

	/**
	 * The cached value of the '{@link #getCertificates() <em>Certificates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificates()
	 * @generated
	 * @ordered
	 */
	protected EList<Certificate> certificates;

	/**
	 * The cached value of the '{@link #getServicelinkEndpoints() <em>Servicelink Endpoints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServicelinkEndpoints()
	 * @generated
	 * @ordered
	 */
	protected EList<ServicelinkEndpoint> servicelinkEndpoints;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EstateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EstatePackage.Literals.ESTATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.ESTATE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Customer> getCustomers() {
		if (customers == null) {
			customers = new EObjectContainmentEList<Customer>(Customer.class, this, EstatePackage.ESTATE__CUSTOMERS);
		}
		return customers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Certificate> getCertificates() {
		if (certificates == null) {
			certificates = new EObjectContainmentEList<Certificate>(Certificate.class, this, EstatePackage.ESTATE__CERTIFICATES);
		}
		return certificates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServicelinkEndpoint> getServicelinkEndpoints() {
		if (servicelinkEndpoints == null) {
			servicelinkEndpoints = new EObjectContainmentEList<ServicelinkEndpoint>(ServicelinkEndpoint.class, this, EstatePackage.ESTATE__SERVICELINK_ENDPOINTS);
		}
		return servicelinkEndpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EstatePackage.ESTATE__CUSTOMERS:
				return ((InternalEList<?>)getCustomers()).basicRemove(otherEnd, msgs);
			case EstatePackage.ESTATE__CERTIFICATES:
				return ((InternalEList<?>)getCertificates()).basicRemove(otherEnd, msgs);
			case EstatePackage.ESTATE__SERVICELINK_ENDPOINTS:
				return ((InternalEList<?>)getServicelinkEndpoints()).basicRemove(otherEnd, msgs);
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
			case EstatePackage.ESTATE__NAME:
				return getName();
			case EstatePackage.ESTATE__CUSTOMERS:
				return getCustomers();
			case EstatePackage.ESTATE__CERTIFICATES:
				return getCertificates();
			case EstatePackage.ESTATE__SERVICELINK_ENDPOINTS:
				return getServicelinkEndpoints();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case EstatePackage.ESTATE__NAME:
				setName((String)newValue);
				return;
			case EstatePackage.ESTATE__CUSTOMERS:
				getCustomers().clear();
				getCustomers().addAll((Collection<? extends Customer>)newValue);
				return;
			case EstatePackage.ESTATE__CERTIFICATES:
				getCertificates().clear();
				getCertificates().addAll((Collection<? extends Certificate>)newValue);
				return;
			case EstatePackage.ESTATE__SERVICELINK_ENDPOINTS:
				getServicelinkEndpoints().clear();
				getServicelinkEndpoints().addAll((Collection<? extends ServicelinkEndpoint>)newValue);
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
			case EstatePackage.ESTATE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case EstatePackage.ESTATE__CUSTOMERS:
				getCustomers().clear();
				return;
			case EstatePackage.ESTATE__CERTIFICATES:
				getCertificates().clear();
				return;
			case EstatePackage.ESTATE__SERVICELINK_ENDPOINTS:
				getServicelinkEndpoints().clear();
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
			case EstatePackage.ESTATE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case EstatePackage.ESTATE__CUSTOMERS:
				return customers != null && !customers.isEmpty();
			case EstatePackage.ESTATE__CERTIFICATES:
				return certificates != null && !certificates.isEmpty();
			case EstatePackage.ESTATE__SERVICELINK_ENDPOINTS:
				return servicelinkEndpoints != null && !servicelinkEndpoints.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //EstateImpl
