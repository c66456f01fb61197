/**
 */
package io.patchbay.model.impl;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.NatType;
import io.patchbay.model.Router;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Router</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.impl.RouterImpl#getPublicAddress <em>Public Address</em>}</li>
 *   <li>{@link io.patchbay.model.impl.RouterImpl#getNatType <em>Nat Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class RouterImpl extends ManagedDeviceImpl implements Router {
	/**
	 * The default value of the '{@link #getPublicAddress() <em>Public Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLIC_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublicAddress() <em>Public Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicAddress()
	 * @generated
	 * @ordered
	 */
	protected String publicAddress = PUBLIC_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNatType() <em>Nat Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNatType()
	 * @generated
	 * @ordered
	 */
	protected static final NatType NAT_TYPE_EDEFAULT = NatType.UNKNOWN;

	/**
	 * The cached value of the '{@link #getNatType() <em>Nat Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNatType()
	 * @generated
	 * @ordered
	 */
	protected NatType natType = NAT_TYPE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RouterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EstatePackage.Literals.ROUTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublicAddress() {
		return publicAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublicAddress(String newPublicAddress) {
		String oldPublicAddress = publicAddress;
		publicAddress = newPublicAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.ROUTER__PUBLIC_ADDRESS, oldPublicAddress, publicAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NatType getNatType() {
		return natType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNatType(NatType newNatType) {
		NatType oldNatType = natType;
		natType = newNatType == null ? NAT_TYPE_EDEFAULT : newNatType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.ROUTER__NAT_TYPE, oldNatType, natType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EstatePackage.ROUTER__PUBLIC_ADDRESS:
				return getPublicAddress();
			case EstatePackage.ROUTER__NAT_TYPE:
				return getNatType();
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
			case EstatePackage.ROUTER__PUBLIC_ADDRESS:
				setPublicAddress((String)newValue);
				return;
			case EstatePackage.ROUTER__NAT_TYPE:
				setNatType((NatType)newValue);
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
			case EstatePackage.ROUTER__PUBLIC_ADDRESS:
				setPublicAddress(PUBLIC_ADDRESS_EDEFAULT);
				return;
			case EstatePackage.ROUTER__NAT_TYPE:
				setNatType(NAT_TYPE_EDEFAULT);
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
			case EstatePackage.ROUTER__PUBLIC_ADDRESS:
				return PUBLIC_ADDRESS_EDEFAULT == null ? publicAddress != null : !PUBLIC_ADDRESS_EDEFAULT.equals(publicAddress);
			case EstatePackage.ROUTER__NAT_TYPE:
				return natType != NAT_TYPE_EDEFAULT;
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
		result.append(" (publicAddress: ");
		result.append(publicAddress);
		result.append(", natType: ");
		result.append(natType);
		result.append(')');
		return result.toString();
	}

} //RouterImpl
