/**
 */
package io.patchbay.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Rsip Mode</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.patchbay.model.EstatePackage#getRsipMode()
 * @model
 * @generated
 */
public enum RsipMode implements Enumerator {
	/**
	 * The '<em><b>RSAP IP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Realm-specific address and port: the client gets an address and a port range.
	 * <!-- end-model-doc -->
	 * @see #RSAP_IP_VALUE
	 * @generated
	 * @ordered
	 */
	RSAP_IP(0, "RSAP_IP", "RSAP_IP"),

	/**
	 * The '<em><b>RSA IP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Realm-specific address: the client gets a whole address (only one client can take the whole port range).
	 * <!-- end-model-doc -->
	 * @see #RSA_IP_VALUE
	 * @generated
	 * @ordered
	 */
	RSA_IP(1, "RSA_IP", "RSA_IP");

	/**
	 * The '<em><b>RSAP IP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Realm-specific address and port: the client gets an address and a port range.
	 * <!-- end-model-doc -->
	 * @see #RSAP_IP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RSAP_IP_VALUE = 0;

	/**
	 * The '<em><b>RSA IP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Realm-specific address: the client gets a whole address (only one client can take the whole port range).
	 * <!-- end-model-doc -->
	 * @see #RSA_IP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RSA_IP_VALUE = 1;

	/**
	 * An array of all the '<em><b>Rsip Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RsipMode[] VALUES_ARRAY =
		new RsipMode[] {
			RSAP_IP,
			RSA_IP,
		};

	/**
	 * A public read-only list of all the '<em><b>Rsip Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RsipMode> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Rsip Mode</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RsipMode get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RsipMode result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Rsip Mode</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RsipMode getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RsipMode result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Rsip Mode</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RsipMode get(int value) {
		switch (value) {
			case RSAP_IP_VALUE: return RSAP_IP;
			case RSA_IP_VALUE: return RSA_IP;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private RsipMode(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //RsipMode
