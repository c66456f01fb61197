/**
 */
package io.patchbay.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Itsp Trunk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A SIP trunk to an internet telephony service provider.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.ItspTrunk#getProvider <em>Provider</em>}</li>
 *   <li>{@link io.patchbay.model.ItspTrunk#isActive <em>Active</em>}</li>
 *   <li>{@link io.patchbay.model.ItspTrunk#getLanInterface <em>Lan Interface</em>}</li>
 *   <li>{@link io.patchbay.model.ItspTrunk#getStunServer <em>Stun Server</em>}</li>
 *   <li>{@link io.patchbay.model.ItspTrunk#getStunPort <em>Stun Port</em>}</li>
 * </ul>
 *
 * @see io.patchbay.model.EstatePackage#getItspTrunk()
 * @model
 * @generated
 */
public interface ItspTrunk extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provider</em>' attribute.
	 * @see #setProvider(String)
	 * @see io.patchbay.model.EstatePackage#getItspTrunk_Provider()
	 * @model
	 * @generated
	 */
	String getProvider();

	/**
	 * Sets the value of the '{@link io.patchbay.model.ItspTrunk#getProvider <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' attribute.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(String value);

	/**
	 * Returns the value of the '<em><b>Active</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active</em>' attribute.
	 * @see #setActive(boolean)
	 * @see io.patchbay.model.EstatePackage#getItspTrunk_Active()
	 * @model default="true"
	 * @generated
	 */
	boolean isActive();

	/**
	 * Sets the value of the '{@link io.patchbay.model.ItspTrunk#isActive <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' attribute.
	 * @see #isActive()
	 * @generated
	 */
	void setActive(boolean value);

	/**
	 * Returns the value of the '<em><b>Lan Interface</b></em>' attribute.
	 * The literals are from the enumeration {@link io.patchbay.model.LanInterface}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interface the trunk uses; must be the one the internet-connected devices use (F-02).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lan Interface</em>' attribute.
	 * @see io.patchbay.model.LanInterface
	 * @see #setLanInterface(LanInterface)
	 * @see io.patchbay.model.EstatePackage#getItspTrunk_LanInterface()
	 * @model
	 * @generated
	 */
	LanInterface getLanInterface();

	/**
	 * Sets the value of the '{@link io.patchbay.model.ItspTrunk#getLanInterface <em>Lan Interface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lan Interface</em>' attribute.
	 * @see io.patchbay.model.LanInterface
	 * @see #getLanInterface()
	 * @generated
	 */
	void setLanInterface(LanInterface value);

	/**
	 * Returns the value of the '<em><b>Stun Server</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The provider's own STUN server, if any (F-05).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stun Server</em>' attribute.
	 * @see #setStunServer(String)
	 * @see io.patchbay.model.EstatePackage#getItspTrunk_StunServer()
	 * @model
	 * @generated
	 */
	String getStunServer();

	/**
	 * Sets the value of the '{@link io.patchbay.model.ItspTrunk#getStunServer <em>Stun Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stun Server</em>' attribute.
	 * @see #getStunServer()
	 * @generated
	 */
	void setStunServer(String value);

	/**
	 * Returns the value of the '<em><b>Stun Port</b></em>' attribute.
	 * The default value is <code>"3478"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stun Port</em>' attribute.
	 * @see #setStunPort(int)
	 * @see io.patchbay.model.EstatePackage#getItspTrunk_StunPort()
	 * @model default="3478"
	 * @generated
	 */
	int getStunPort();

	/**
	 * Sets the value of the '{@link io.patchbay.model.ItspTrunk#getStunPort <em>Stun Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stun Port</em>' attribute.
	 * @see #getStunPort()
	 * @generated
	 */
	void setStunPort(int value);

} // ItspTrunk
