/**
 */
package io.patchbay.model.impl;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.HomeRouter;
import io.patchbay.model.SipAlg;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Home Router</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.impl.HomeRouterImpl#getSipAlg <em>Sip Alg</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HomeRouterImpl extends RouterImpl implements HomeRouter {
	/**
	 * The default value of the '{@link #getSipAlg() <em>Sip Alg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSipAlg()
	 * @generated
	 * @ordered
	 */
	protected static final SipAlg SIP_ALG_EDEFAULT = SipAlg.UNKNOWN;

	/**
	 * The cached value of the '{@link #getSipAlg() <em>Sip Alg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSipAlg()
	 * @generated
	 * @ordered
	 */
	protected SipAlg sipAlg = SIP_ALG_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HomeRouterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EstatePackage.Literals.HOME_ROUTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SipAlg getSipAlg() {
		return sipAlg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSipAlg(SipAlg newSipAlg) {
		SipAlg oldSipAlg = sipAlg;
		sipAlg = newSipAlg == null ? SIP_ALG_EDEFAULT : newSipAlg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.HOME_ROUTER__SIP_ALG, oldSipAlg, sipAlg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EstatePackage.HOME_ROUTER__SIP_ALG:
				return getSipAlg();
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
			case EstatePackage.HOME_ROUTER__SIP_ALG:
				setSipAlg((SipAlg)newValue);
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
			case EstatePackage.HOME_ROUTER__SIP_ALG:
				setSipAlg(SIP_ALG_EDEFAULT);
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
			case EstatePackage.HOME_ROUTER__SIP_ALG:
				return sipAlg != SIP_ALG_EDEFAULT;
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
		result.append(" (sipAlg: ");
		result.append(sipAlg);
		result.append(')');
		return result.toString();
	}

} //HomeRouterImpl
