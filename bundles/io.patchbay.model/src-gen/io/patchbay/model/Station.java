/**
 */
package io.patchbay.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Station</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A station (subscriber) of an OpenScape Business system.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.Station#getNumber <em>Number</em>}</li>
 *   <li>{@link io.patchbay.model.Station#getName <em>Name</em>}</li>
 *   <li>{@link io.patchbay.model.Station#getType <em>Type</em>}</li>
 *   <li>{@link io.patchbay.model.Station#isAuthentication <em>Authentication</em>}</li>
 *   <li>{@link io.patchbay.model.Station#getPasswordRef <em>Password Ref</em>}</li>
 *   <li>{@link io.patchbay.model.Station#getSipUserId <em>Sip User Id</em>}</li>
 *   <li>{@link io.patchbay.model.Station#getRealm <em>Realm</em>}</li>
 *   <li>{@link io.patchbay.model.Station#getClassOfService <em>Class Of Service</em>}</li>
 *   <li>{@link io.patchbay.model.Station#isSbcFlag <em>Sbc Flag</em>}</li>
 *   <li>{@link io.patchbay.model.Station#isSpeEnabled <em>Spe Enabled</em>}</li>
 *   <li>{@link io.patchbay.model.Station#isIpUserLicence <em>Ip User Licence</em>}</li>
 * </ul>
 *
 * @see io.patchbay.model.EstatePackage#getStation()
 * @model
 * @generated
 */
public interface Station extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Call number (kept as text: numbers may have leading zeros).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see io.patchbay.model.EstatePackage#getStation_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Station#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.patchbay.model.EstatePackage#getStation_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Station#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link io.patchbay.model.StationType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see io.patchbay.model.StationType
	 * @see #setType(StationType)
	 * @see io.patchbay.model.EstatePackage#getStation_Type()
	 * @model
	 * @generated
	 */
	StationType getType();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Station#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see io.patchbay.model.StationType
	 * @see #getType()
	 * @generated
	 */
	void setType(StationType value);

	/**
	 * Returns the value of the '<em><b>Authentication</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Authentication</em>' attribute.
	 * @see #setAuthentication(boolean)
	 * @see io.patchbay.model.EstatePackage#getStation_Authentication()
	 * @model
	 * @generated
	 */
	boolean isAuthentication();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Station#isAuthentication <em>Authentication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Authentication</em>' attribute.
	 * @see #isAuthentication()
	 * @generated
	 */
	void setAuthentication(boolean value);

	/**
	 * Returns the value of the '<em><b>Password Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the station's password in the vault; never the password itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Password Ref</em>' attribute.
	 * @see #setPasswordRef(String)
	 * @see io.patchbay.model.EstatePackage#getStation_PasswordRef()
	 * @model
	 * @generated
	 */
	String getPasswordRef();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Station#getPasswordRef <em>Password Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Password Ref</em>' attribute.
	 * @see #getPasswordRef()
	 * @generated
	 */
	void setPasswordRef(String value);

	/**
	 * Returns the value of the '<em><b>Sip User Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sip User Id</em>' attribute.
	 * @see #setSipUserId(String)
	 * @see io.patchbay.model.EstatePackage#getStation_SipUserId()
	 * @model
	 * @generated
	 */
	String getSipUserId();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Station#getSipUserId <em>Sip User Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sip User Id</em>' attribute.
	 * @see #getSipUserId()
	 * @generated
	 */
	void setSipUserId(String value);

	/**
	 * Returns the value of the '<em><b>Realm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Realm</em>' attribute.
	 * @see #setRealm(String)
	 * @see io.patchbay.model.EstatePackage#getStation_Realm()
	 * @model
	 * @generated
	 */
	String getRealm();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Station#getRealm <em>Realm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Realm</em>' attribute.
	 * @see #getRealm()
	 * @generated
	 */
	void setRealm(String value);

	/**
	 * Returns the value of the '<em><b>Class Of Service</b></em>' attribute.
	 * The literals are from the enumeration {@link io.patchbay.model.ClassOfService}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Class Of Service</em>' attribute.
	 * @see io.patchbay.model.ClassOfService
	 * @see #setClassOfService(ClassOfService)
	 * @see io.patchbay.model.EstatePackage#getStation_ClassOfService()
	 * @model
	 * @generated
	 */
	ClassOfService getClassOfService();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Station#getClassOfService <em>Class Of Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Class Of Service</em>' attribute.
	 * @see io.patchbay.model.ClassOfService
	 * @see #getClassOfService()
	 * @generated
	 */
	void setClassOfService(ClassOfService value);

	/**
	 * Returns the value of the '<em><b>Sbc Flag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The station flag "Internet Registration with internal SBC" (F-07, F-20).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sbc Flag</em>' attribute.
	 * @see #setSbcFlag(boolean)
	 * @see io.patchbay.model.EstatePackage#getStation_SbcFlag()
	 * @model
	 * @generated
	 */
	boolean isSbcFlag();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Station#isSbcFlag <em>Sbc Flag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sbc Flag</em>' attribute.
	 * @see #isSbcFlag()
	 * @generated
	 */
	void setSbcFlag(boolean value);

	/**
	 * Returns the value of the '<em><b>Spe Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Per-station encryption (SPE) flag (F-32).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spe Enabled</em>' attribute.
	 * @see #setSpeEnabled(boolean)
	 * @see io.patchbay.model.EstatePackage#getStation_SpeEnabled()
	 * @model
	 * @generated
	 */
	boolean isSpeEnabled();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Station#isSpeEnabled <em>Spe Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spe Enabled</em>' attribute.
	 * @see #isSpeEnabled()
	 * @generated
	 */
	void setSpeEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Ip User Licence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether an IP user licence is assigned (F-07).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ip User Licence</em>' attribute.
	 * @see #setIpUserLicence(boolean)
	 * @see io.patchbay.model.EstatePackage#getStation_IpUserLicence()
	 * @model
	 * @generated
	 */
	boolean isIpUserLicence();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Station#isIpUserLicence <em>Ip User Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ip User Licence</em>' attribute.
	 * @see #isIpUserLicence()
	 * @generated
	 */
	void setIpUserLicence(boolean value);

} // Station
