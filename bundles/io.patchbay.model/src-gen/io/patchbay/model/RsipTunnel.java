/**
 */
package io.patchbay.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Rsip Tunnel</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.patchbay.model.EstatePackage#getRsipTunnel()
 * @model
 * @generated
 */
public enum RsipTunnel implements Enumerator {
	/**
	 * The '<em><b>IP IN IP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IP_IN_IP_VALUE
	 * @generated
	 * @ordered
	 */
	IP_IN_IP(0, "IP_IN_IP", "IP_IN_IP"),

	/**
	 * The '<em><b>GRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRE_VALUE
	 * @generated
	 * @ordered
	 */
	GRE(1, "GRE", "GRE");

	/**
	 * The '<em><b>IP IN IP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IP_IN_IP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IP_IN_IP_VALUE = 0;

	/**
	 * The '<em><b>GRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GRE_VALUE = 1;

	/**
	 * An array of all the '<em><b>Rsip Tunnel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RsipTunnel[] VALUES_ARRAY =
		new RsipTunnel[] {
			IP_IN_IP,
			GRE,
		};

	/**
	 * A public read-only list of all the '<em><b>Rsip Tunnel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RsipTunnel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Rsip Tunnel</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RsipTunnel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RsipTunnel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Rsip Tunnel</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RsipTunnel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RsipTunnel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Rsip Tunnel</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RsipTunnel get(int value) {
		switch (value) {
			case IP_IN_IP_VALUE: return IP_IN_IP;
			case GRE_VALUE: return GRE;
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
	private RsipTunnel(int value, String name, String literal) {
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
	
} //RsipTunnel
