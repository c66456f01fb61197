/**
 */
package io.patchbay.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Tls Renegotiation</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.patchbay.model.EstatePackage#getTlsRenegotiation()
 * @model
 * @generated
 */
public enum TlsRenegotiation implements Enumerator {
	/**
	 * The '<em><b>LEGACY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGACY_VALUE
	 * @generated
	 * @ordered
	 */
	LEGACY(0, "LEGACY", "LEGACY"),

	/**
	 * The '<em><b>SECURE RFC5746</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURE_RFC5746_VALUE
	 * @generated
	 * @ordered
	 */
	SECURE_RFC5746(1, "SECURE_RFC5746", "SECURE_RFC5746");

	/**
	 * The '<em><b>LEGACY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGACY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEGACY_VALUE = 0;

	/**
	 * The '<em><b>SECURE RFC5746</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURE_RFC5746
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECURE_RFC5746_VALUE = 1;

	/**
	 * An array of all the '<em><b>Tls Renegotiation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TlsRenegotiation[] VALUES_ARRAY =
		new TlsRenegotiation[] {
			LEGACY,
			SECURE_RFC5746,
		};

	/**
	 * A public read-only list of all the '<em><b>Tls Renegotiation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TlsRenegotiation> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Tls Renegotiation</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TlsRenegotiation get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TlsRenegotiation result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Tls Renegotiation</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TlsRenegotiation getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TlsRenegotiation result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Tls Renegotiation</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TlsRenegotiation get(int value) {
		switch (value) {
			case LEGACY_VALUE: return LEGACY;
			case SECURE_RFC5746_VALUE: return SECURE_RFC5746;
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
	private TlsRenegotiation(int value, String name, String literal) {
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
	
} //TlsRenegotiation
