/**
 */
package io.patchbay.model.impl;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.PasswordPolicy;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Password Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.impl.PasswordPolicyImpl#getMinimumLength <em>Minimum Length</em>}</li>
 *   <li>{@link io.patchbay.model.impl.PasswordPolicyImpl#getRequiredCharacterClasses <em>Required Character Classes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PasswordPolicyImpl extends EObjectImpl implements PasswordPolicy {
	/**
	 * The default value of the '{@link #getMinimumLength() <em>Minimum Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumLength()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_LENGTH_EDEFAULT = 8;

	/**
	 * The cached value of the '{@link #getMinimumLength() <em>Minimum Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumLength()
	 * @generated
	 * @ordered
	 */
	protected int minimumLength = MINIMUM_LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getRequiredCharacterClasses() <em>Required Character Classes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredCharacterClasses()
	 * @generated
	 * @ordered
	 */
	protected static final int REQUIRED_CHARACTER_CLASSES_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getRequiredCharacterClasses() <em>Required Character Classes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredCharacterClasses()
	 * @generated
	 * @ordered
	 */
	protected int requiredCharacterClasses = REQUIRED_CHARACTER_CLASSES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PasswordPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EstatePackage.Literals.PASSWORD_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimumLength() {
		return minimumLength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumLength(int newMinimumLength) {
		int oldMinimumLength = minimumLength;
		minimumLength = newMinimumLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.PASSWORD_POLICY__MINIMUM_LENGTH, oldMinimumLength, minimumLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRequiredCharacterClasses() {
		return requiredCharacterClasses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequiredCharacterClasses(int newRequiredCharacterClasses) {
		int oldRequiredCharacterClasses = requiredCharacterClasses;
		requiredCharacterClasses = newRequiredCharacterClasses;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.PASSWORD_POLICY__REQUIRED_CHARACTER_CLASSES, oldRequiredCharacterClasses, requiredCharacterClasses));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EstatePackage.PASSWORD_POLICY__MINIMUM_LENGTH:
				return getMinimumLength();
			case EstatePackage.PASSWORD_POLICY__REQUIRED_CHARACTER_CLASSES:
				return getRequiredCharacterClasses();
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
			case EstatePackage.PASSWORD_POLICY__MINIMUM_LENGTH:
				setMinimumLength((Integer)newValue);
				return;
			case EstatePackage.PASSWORD_POLICY__REQUIRED_CHARACTER_CLASSES:
				setRequiredCharacterClasses((Integer)newValue);
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
			case EstatePackage.PASSWORD_POLICY__MINIMUM_LENGTH:
				setMinimumLength(MINIMUM_LENGTH_EDEFAULT);
				return;
			case EstatePackage.PASSWORD_POLICY__REQUIRED_CHARACTER_CLASSES:
				setRequiredCharacterClasses(REQUIRED_CHARACTER_CLASSES_EDEFAULT);
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
			case EstatePackage.PASSWORD_POLICY__MINIMUM_LENGTH:
				return minimumLength != MINIMUM_LENGTH_EDEFAULT;
			case EstatePackage.PASSWORD_POLICY__REQUIRED_CHARACTER_CLASSES:
				return requiredCharacterClasses != REQUIRED_CHARACTER_CLASSES_EDEFAULT;
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
		result.append(" (minimumLength: ");
		result.append(minimumLength);
		result.append(", requiredCharacterClasses: ");
		result.append(requiredCharacterClasses);
		result.append(')');
		return result.toString();
	}

} //PasswordPolicyImpl
