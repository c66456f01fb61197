/**
 */
package io.patchbay.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Codec</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.patchbay.model.EstatePackage#getCodec()
 * @model
 * @generated
 */
public enum Codec implements Enumerator {
	/**
	 * The '<em><b>G711</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #G711_VALUE
	 * @generated
	 * @ordered
	 */
	G711(0, "G711", "G711"),

	/**
	 * The '<em><b>G722</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #G722_VALUE
	 * @generated
	 * @ordered
	 */
	G722(1, "G722", "G722"),

	/**
	 * The '<em><b>G729</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #G729_VALUE
	 * @generated
	 * @ordered
	 */
	G729(2, "G729", "G729"),

	/**
	 * The '<em><b>OPUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPUS_VALUE
	 * @generated
	 * @ordered
	 */
	OPUS(3, "OPUS", "OPUS");

	/**
	 * The '<em><b>G711</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #G711
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int G711_VALUE = 0;

	/**
	 * The '<em><b>G722</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #G722
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int G722_VALUE = 1;

	/**
	 * The '<em><b>G729</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #G729
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int G729_VALUE = 2;

	/**
	 * The '<em><b>OPUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPUS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OPUS_VALUE = 3;

	/**
	 * An array of all the '<em><b>Codec</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Codec[] VALUES_ARRAY =
		new Codec[] {
			G711,
			G722,
			G729,
			OPUS,
		};

	/**
	 * A public read-only list of all the '<em><b>Codec</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Codec> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Codec</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Codec get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Codec result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Codec</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Codec getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Codec result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Codec</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Codec get(int value) {
		switch (value) {
			case G711_VALUE: return G711;
			case G722_VALUE: return G722;
			case G729_VALUE: return G729;
			case OPUS_VALUE: return OPUS;
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
	private Codec(int value, String name, String literal) {
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
	
} //Codec
