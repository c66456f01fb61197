/**
 */
package io.patchbay.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An endpoint (desk phone or soft client) bound to a station.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.Device#getModel <em>Model</em>}</li>
 *   <li>{@link io.patchbay.model.Device#getFirmware <em>Firmware</em>}</li>
 *   <li>{@link io.patchbay.model.Device#getMac <em>Mac</em>}</li>
 *   <li>{@link io.patchbay.model.Device#getPlace <em>Place</em>}</li>
 *   <li>{@link io.patchbay.model.Device#getStation <em>Station</em>}</li>
 *   <li>{@link io.patchbay.model.Device#getHomeRouter <em>Home Router</em>}</li>
 * </ul>
 *
 * @see io.patchbay.model.EstatePackage#getDevice()
 * @model
 * @generated
 */
public interface Device extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Model</b></em>' attribute.
	 * The literals are from the enumeration {@link io.patchbay.model.DeviceModel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model</em>' attribute.
	 * @see io.patchbay.model.DeviceModel
	 * @see #setModel(DeviceModel)
	 * @see io.patchbay.model.EstatePackage#getDevice_Model()
	 * @model
	 * @generated
	 */
	DeviceModel getModel();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Device#getModel <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' attribute.
	 * @see io.patchbay.model.DeviceModel
	 * @see #getModel()
	 * @generated
	 */
	void setModel(DeviceModel value);

	/**
	 * Returns the value of the '<em><b>Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Firmware or app version as the vendor writes it, e.g. V3 R0.40.4 or 36.72.0.57 (F-13, F-25).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Firmware</em>' attribute.
	 * @see #setFirmware(String)
	 * @see io.patchbay.model.EstatePackage#getDevice_Firmware()
	 * @model
	 * @generated
	 */
	String getFirmware();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Device#getFirmware <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Firmware</em>' attribute.
	 * @see #getFirmware()
	 * @generated
	 */
	void setFirmware(String value);

	/**
	 * Returns the value of the '<em><b>Mac</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mac</em>' attribute.
	 * @see #setMac(String)
	 * @see io.patchbay.model.EstatePackage#getDevice_Mac()
	 * @model
	 * @generated
	 */
	String getMac();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Device#getMac <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mac</em>' attribute.
	 * @see #getMac()
	 * @generated
	 */
	void setMac(String value);

	/**
	 * Returns the value of the '<em><b>Place</b></em>' attribute.
	 * The literals are from the enumeration {@link io.patchbay.model.Place}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Place</em>' attribute.
	 * @see io.patchbay.model.Place
	 * @see #setPlace(Place)
	 * @see io.patchbay.model.EstatePackage#getDevice_Place()
	 * @model
	 * @generated
	 */
	Place getPlace();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Device#getPlace <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Place</em>' attribute.
	 * @see io.patchbay.model.Place
	 * @see #getPlace()
	 * @generated
	 */
	void setPlace(Place value);

	/**
	 * Returns the value of the '<em><b>Station</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Station</em>' reference.
	 * @see #setStation(Station)
	 * @see io.patchbay.model.EstatePackage#getDevice_Station()
	 * @model
	 * @generated
	 */
	Station getStation();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Device#getStation <em>Station</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Station</em>' reference.
	 * @see #getStation()
	 * @generated
	 */
	void setStation(Station value);

	/**
	 * Returns the value of the '<em><b>Home Router</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The router a device at home sits behind (F-04).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Home Router</em>' reference.
	 * @see #setHomeRouter(HomeRouter)
	 * @see io.patchbay.model.EstatePackage#getDevice_HomeRouter()
	 * @model
	 * @generated
	 */
	HomeRouter getHomeRouter();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Device#getHomeRouter <em>Home Router</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Home Router</em>' reference.
	 * @see #getHomeRouter()
	 * @generated
	 */
	void setHomeRouter(HomeRouter value);

} // Device
