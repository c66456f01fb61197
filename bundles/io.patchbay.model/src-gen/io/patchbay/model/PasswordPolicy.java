/**
 */
package io.patchbay.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Password Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The password policy of a system for station passwords (F-07, F-20). The passwords themselves are in the vault.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.PasswordPolicy#getMinimumLength <em>Minimum Length</em>}</li>
 *   <li>{@link io.patchbay.model.PasswordPolicy#getRequiredCharacterClasses <em>Required Character Classes</em>}</li>
 * </ul>
 *
 * @see io.patchbay.model.EstatePackage#getPasswordPolicy()
 * @model
 * @generated
 */
public interface PasswordPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Minimum Length</b></em>' attribute.
	 * The default value is <code>"8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minimum number of characters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimum Length</em>' attribute.
	 * @see #setMinimumLength(int)
	 * @see io.patchbay.model.EstatePackage#getPasswordPolicy_MinimumLength()
	 * @model default="8"
	 * @generated
	 */
	int getMinimumLength();

	/**
	 * Sets the value of the '{@link io.patchbay.model.PasswordPolicy#getMinimumLength <em>Minimum Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Length</em>' attribute.
	 * @see #getMinimumLength()
	 * @generated
	 */
	void setMinimumLength(int value);

	/**
	 * Returns the value of the '<em><b>Required Character Classes</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many of the four character classes (upper case, lower case, digit, special character) a password must contain.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Required Character Classes</em>' attribute.
	 * @see #setRequiredCharacterClasses(int)
	 * @see io.patchbay.model.EstatePackage#getPasswordPolicy_RequiredCharacterClasses()
	 * @model default="3"
	 * @generated
	 */
	int getRequiredCharacterClasses();

	/**
	 * Sets the value of the '{@link io.patchbay.model.PasswordPolicy#getRequiredCharacterClasses <em>Required Character Classes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required Character Classes</em>' attribute.
	 * @see #getRequiredCharacterClasses()
	 * @generated
	 */
	void setRequiredCharacterClasses(int value);

} // PasswordPolicy
