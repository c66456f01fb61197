/**
 */
package io.patchbay.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Nat Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.patchbay.model.EstatePackage#getNatType()
 * @model
 * @generated
 */
public enum NatType implements Enumerator {
	/**
	 * The '<em><b>UNKNOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN_VALUE
	 * @generated
	 * @ordered
	 */
	UNKNOWN(0, "UNKNOWN", "UNKNOWN"),

	/**
	 * The '<em><b>NO NAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_NAT_VALUE
	 * @generated
	 * @ordered
	 */
	NO_NAT(1, "NO_NAT", "NO_NAT"),

	/**
	 * The '<em><b>FULL CONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FULL_CONE_VALUE
	 * @generated
	 * @ordered
	 */
	FULL_CONE(2, "FULL_CONE", "FULL_CONE"),

	/**
	 * The '<em><b>RESTRICTED CONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESTRICTED_CONE_VALUE
	 * @generated
	 * @ordered
	 */
	RESTRICTED_CONE(3, "RESTRICTED_CONE", "RESTRICTED_CONE"),

	/**
	 * The '<em><b>PORT RESTRICTED CONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PORT_RESTRICTED_CONE_VALUE
	 * @generated
	 * @ordered
	 */
	PORT_RESTRICTED_CONE(4, "PORT_RESTRICTED_CONE", "PORT_RESTRICTED_CONE"),

	/**
	 * The '<em><b>SYMMETRIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYMMETRIC_VALUE
	 * @generated
	 * @ordered
	 */
	SYMMETRIC(5, "SYMMETRIC", "SYMMETRIC");

	/**
	 * The '<em><b>UNKNOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNKNOWN_VALUE = 0;

	/**
	 * The '<em><b>NO NAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_NAT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NO_NAT_VALUE = 1;

	/**
	 * The '<em><b>FULL CONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FULL_CONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FULL_CONE_VALUE = 2;

	/**
	 * The '<em><b>RESTRICTED CONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESTRICTED_CONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESTRICTED_CONE_VALUE = 3;

	/**
	 * The '<em><b>PORT RESTRICTED CONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PORT_RESTRICTED_CONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PORT_RESTRICTED_CONE_VALUE = 4;

	/**
	 * The '<em><b>SYMMETRIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYMMETRIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SYMMETRIC_VALUE = 5;

	/**
	 * An array of all the '<em><b>Nat Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final NatType[] VALUES_ARRAY =
		new NatType[] {
			UNKNOWN,
			NO_NAT,
			FULL_CONE,
			RESTRICTED_CONE,
			PORT_RESTRICTED_CONE,
			SYMMETRIC,
		};

	/**
	 * A public read-only list of all the '<em><b>Nat Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<NatType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Nat Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NatType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NatType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Nat Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NatType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NatType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Nat Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NatType get(int value) {
		switch (value) {
			case UNKNOWN_VALUE: return UNKNOWN;
			case NO_NAT_VALUE: return NO_NAT;
			case FULL_CONE_VALUE: return FULL_CONE;
			case RESTRICTED_CONE_VALUE: return RESTRICTED_CONE;
			case PORT_RESTRICTED_CONE_VALUE: return PORT_RESTRICTED_CONE;
			case SYMMETRIC_VALUE: return SYMMETRIC;
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
	private NatType(int value, String name, String literal) {
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
	
} //NatType
