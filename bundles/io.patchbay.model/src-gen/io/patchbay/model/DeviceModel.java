/**
 */
package io.patchbay.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Device Model</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.patchbay.model.EstatePackage#getDeviceModel()
 * @model
 * @generated
 */
public enum DeviceModel implements Enumerator {
	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A model not listed here (not qualified for Device@Home or SIP@Home).
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(0, "OTHER", "OTHER"),

	/**
	 * The '<em><b>OPENSTAGE HFA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPENSTAGE_HFA_VALUE
	 * @generated
	 * @ordered
	 */
	OPENSTAGE_HFA(1, "OPENSTAGE_HFA", "OPENSTAGE_HFA"),

	/**
	 * The '<em><b>DESKPHONE IP HFA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESKPHONE_IP_HFA_VALUE
	 * @generated
	 * @ordered
	 */
	DESKPHONE_IP_HFA(2, "DESKPHONE_IP_HFA", "DESKPHONE_IP_HFA"),

	/**
	 * The '<em><b>DESKPHONE CP400 HFA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESKPHONE_CP400_HFA_VALUE
	 * @generated
	 * @ordered
	 */
	DESKPHONE_CP400_HFA(3, "DESKPHONE_CP400_HFA", "DESKPHONE_CP400_HFA"),

	/**
	 * The '<em><b>DESKPHONE CP600 HFA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESKPHONE_CP600_HFA_VALUE
	 * @generated
	 * @ordered
	 */
	DESKPHONE_CP600_HFA(4, "DESKPHONE_CP600_HFA", "DESKPHONE_CP600_HFA"),

	/**
	 * The '<em><b>MYPORTAL TO GO ANDROID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MYPORTAL_TO_GO_ANDROID_VALUE
	 * @generated
	 * @ordered
	 */
	MYPORTAL_TO_GO_ANDROID(5, "MYPORTAL_TO_GO_ANDROID", "MYPORTAL_TO_GO_ANDROID"),

	/**
	 * The '<em><b>MYPORTAL TO GO IOS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MYPORTAL_TO_GO_IOS_VALUE
	 * @generated
	 * @ordered
	 */
	MYPORTAL_TO_GO_IOS(6, "MYPORTAL_TO_GO_IOS", "MYPORTAL_TO_GO_IOS"),

	/**
	 * The '<em><b>MYPORTAL AT WORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MYPORTAL_AT_WORK_VALUE
	 * @generated
	 * @ordered
	 */
	MYPORTAL_AT_WORK(7, "MYPORTAL_AT_WORK", "MYPORTAL_AT_WORK"),

	/**
	 * The '<em><b>YEALINK T19P</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEALINK_T19P_VALUE
	 * @generated
	 * @ordered
	 */
	YEALINK_T19P(8, "YEALINK_T19P", "YEALINK_T19P"),

	/**
	 * The '<em><b>YEALINK T41P</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEALINK_T41P_VALUE
	 * @generated
	 * @ordered
	 */
	YEALINK_T41P(9, "YEALINK_T41P", "YEALINK_T41P"),

	/**
	 * The '<em><b>ZOIPER IOS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZOIPER_IOS_VALUE
	 * @generated
	 * @ordered
	 */
	ZOIPER_IOS(10, "ZOIPER_IOS", "ZOIPER_IOS"),

	/**
	 * The '<em><b>ZOIPER ANDROID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZOIPER_ANDROID_VALUE
	 * @generated
	 * @ordered
	 */
	ZOIPER_ANDROID(11, "ZOIPER_ANDROID", "ZOIPER_ANDROID");

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A model not listed here (not qualified for Device@Home or SIP@Home).
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 0;

	/**
	 * The '<em><b>OPENSTAGE HFA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPENSTAGE_HFA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OPENSTAGE_HFA_VALUE = 1;

	/**
	 * The '<em><b>DESKPHONE IP HFA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESKPHONE_IP_HFA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DESKPHONE_IP_HFA_VALUE = 2;

	/**
	 * The '<em><b>DESKPHONE CP400 HFA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESKPHONE_CP400_HFA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DESKPHONE_CP400_HFA_VALUE = 3;

	/**
	 * The '<em><b>DESKPHONE CP600 HFA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESKPHONE_CP600_HFA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DESKPHONE_CP600_HFA_VALUE = 4;

	/**
	 * The '<em><b>MYPORTAL TO GO ANDROID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MYPORTAL_TO_GO_ANDROID
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MYPORTAL_TO_GO_ANDROID_VALUE = 5;

	/**
	 * The '<em><b>MYPORTAL TO GO IOS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MYPORTAL_TO_GO_IOS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MYPORTAL_TO_GO_IOS_VALUE = 6;

	/**
	 * The '<em><b>MYPORTAL AT WORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MYPORTAL_AT_WORK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MYPORTAL_AT_WORK_VALUE = 7;

	/**
	 * The '<em><b>YEALINK T19P</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEALINK_T19P
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int YEALINK_T19P_VALUE = 8;

	/**
	 * The '<em><b>YEALINK T41P</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEALINK_T41P
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int YEALINK_T41P_VALUE = 9;

	/**
	 * The '<em><b>ZOIPER IOS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZOIPER_IOS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ZOIPER_IOS_VALUE = 10;

	/**
	 * The '<em><b>ZOIPER ANDROID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZOIPER_ANDROID
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ZOIPER_ANDROID_VALUE = 11;

	/**
	 * An array of all the '<em><b>Device Model</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DeviceModel[] VALUES_ARRAY =
		new DeviceModel[] {
			OTHER,
			OPENSTAGE_HFA,
			DESKPHONE_IP_HFA,
			DESKPHONE_CP400_HFA,
			DESKPHONE_CP600_HFA,
			MYPORTAL_TO_GO_ANDROID,
			MYPORTAL_TO_GO_IOS,
			MYPORTAL_AT_WORK,
			YEALINK_T19P,
			YEALINK_T41P,
			ZOIPER_IOS,
			ZOIPER_ANDROID,
		};

	/**
	 * A public read-only list of all the '<em><b>Device Model</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DeviceModel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Device Model</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeviceModel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DeviceModel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Device Model</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeviceModel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DeviceModel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Device Model</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeviceModel get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case OPENSTAGE_HFA_VALUE: return OPENSTAGE_HFA;
			case DESKPHONE_IP_HFA_VALUE: return DESKPHONE_IP_HFA;
			case DESKPHONE_CP400_HFA_VALUE: return DESKPHONE_CP400_HFA;
			case DESKPHONE_CP600_HFA_VALUE: return DESKPHONE_CP600_HFA;
			case MYPORTAL_TO_GO_ANDROID_VALUE: return MYPORTAL_TO_GO_ANDROID;
			case MYPORTAL_TO_GO_IOS_VALUE: return MYPORTAL_TO_GO_IOS;
			case MYPORTAL_AT_WORK_VALUE: return MYPORTAL_AT_WORK;
			case YEALINK_T19P_VALUE: return YEALINK_T19P;
			case YEALINK_T41P_VALUE: return YEALINK_T41P;
			case ZOIPER_IOS_VALUE: return ZOIPER_IOS;
			case ZOIPER_ANDROID_VALUE: return ZOIPER_ANDROID;
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
	private DeviceModel(int value, String name, String literal) {
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
	
} //DeviceModel
