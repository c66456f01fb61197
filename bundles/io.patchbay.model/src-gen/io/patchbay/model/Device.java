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
 *   <li>{@link io.patchbay.model.Device#getGateway <em>Gateway</em>}</li>
 *   <li>{@link io.patchbay.model.Device#getGatewayPort <em>Gateway Port</em>}</li>
 *   <li>{@link io.patchbay.model.Device#getDlsAddress <em>Dls Address</em>}</li>
 *   <li>{@link io.patchbay.model.Device#isTimeFromSystem <em>Time From System</em>}</li>
 *   <li>{@link io.patchbay.model.Device#getTransport <em>Transport</em>}</li>
 *   <li>{@link io.patchbay.model.Device#getTlsRenegotiation <em>Tls Renegotiation</em>}</li>
 *   <li>{@link io.patchbay.model.Device#isStun <em>Stun</em>}</li>
 *   <li>{@link io.patchbay.model.Device#isVideo <em>Video</em>}</li>
 *   <li>{@link io.patchbay.model.Device#getCodec <em>Codec</em>}</li>
 *   <li>{@link io.patchbay.model.Device#isMobileDataVoip <em>Mobile Data Voip</em>}</li>
 *   <li>{@link io.patchbay.model.Device#isSrtpSdes <em>Srtp Sdes</em>}</li>
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
	 * @see #setFirmware(SoftwareVersion)
	 * @see io.patchbay.model.EstatePackage#getDevice_Firmware()
	 * @model dataType="io.patchbay.model.SoftwareVersion"
	 * @generated
	 */
	SoftwareVersion getFirmware();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Device#getFirmware <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Firmware</em>' attribute.
	 * @see #getFirmware()
	 * @generated
	 */
	void setFirmware(SoftwareVersion value);

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

	/**
	 * Returns the value of the '<em><b>Gateway</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gateway (server host) configured on the device: for a device at home the public IPv4 address or DNS name of the system (F-12, F-25).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gateway</em>' attribute.
	 * @see #setGateway(String)
	 * @see io.patchbay.model.EstatePackage#getDevice_Gateway()
	 * @model
	 * @generated
	 */
	String getGateway();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Device#getGateway <em>Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gateway</em>' attribute.
	 * @see #getGateway()
	 * @generated
	 */
	void setGateway(String value);

	/**
	 * Returns the value of the '<em><b>Gateway Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Server port configured on a SIP device at home: the router's external SIP port (F-25). 0 = the device's default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gateway Port</em>' attribute.
	 * @see #setGatewayPort(int)
	 * @see io.patchbay.model.EstatePackage#getDevice_GatewayPort()
	 * @model
	 * @generated
	 */
	int getGatewayPort();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Device#getGatewayPort <em>Gateway Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gateway Port</em>' attribute.
	 * @see #getGatewayPort()
	 * @generated
	 */
	void setGatewayPort(int value);

	/**
	 * Returns the value of the '<em><b>Dls Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DLS address configured on an HFA device at home: the public address of the system (F-12).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dls Address</em>' attribute.
	 * @see #setDlsAddress(String)
	 * @see io.patchbay.model.EstatePackage#getDevice_DlsAddress()
	 * @model
	 * @generated
	 */
	String getDlsAddress();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Device#getDlsAddress <em>Dls Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dls Address</em>' attribute.
	 * @see #getDlsAddress()
	 * @generated
	 */
	void setDlsAddress(String value);

	/**
	 * Returns the value of the '<em><b>Time From System</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the device takes date and time from the system (F-12).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time From System</em>' attribute.
	 * @see #setTimeFromSystem(boolean)
	 * @see io.patchbay.model.EstatePackage#getDevice_TimeFromSystem()
	 * @model default="true"
	 * @generated
	 */
	boolean isTimeFromSystem();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Device#isTimeFromSystem <em>Time From System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time From System</em>' attribute.
	 * @see #isTimeFromSystem()
	 * @generated
	 */
	void setTimeFromSystem(boolean value);

	/**
	 * Returns the value of the '<em><b>Transport</b></em>' attribute.
	 * The literals are from the enumeration {@link io.patchbay.model.SignallingTransport}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Signalling transport configured on the device (F-12, F-25).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Transport</em>' attribute.
	 * @see io.patchbay.model.SignallingTransport
	 * @see #setTransport(SignallingTransport)
	 * @see io.patchbay.model.EstatePackage#getDevice_Transport()
	 * @model
	 * @generated
	 */
	SignallingTransport getTransport();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Device#getTransport <em>Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transport</em>' attribute.
	 * @see io.patchbay.model.SignallingTransport
	 * @see #getTransport()
	 * @generated
	 */
	void setTransport(SignallingTransport value);

	/**
	 * Returns the value of the '<em><b>Tls Renegotiation</b></em>' attribute.
	 * The literals are from the enumeration {@link io.patchbay.model.TlsRenegotiation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TLS renegotiation setting of the device; secure (RFC 5746) with SPE (F-12).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tls Renegotiation</em>' attribute.
	 * @see io.patchbay.model.TlsRenegotiation
	 * @see #setTlsRenegotiation(TlsRenegotiation)
	 * @see io.patchbay.model.EstatePackage#getDevice_TlsRenegotiation()
	 * @model
	 * @generated
	 */
	TlsRenegotiation getTlsRenegotiation();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Device#getTlsRenegotiation <em>Tls Renegotiation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tls Renegotiation</em>' attribute.
	 * @see io.patchbay.model.TlsRenegotiation
	 * @see #getTlsRenegotiation()
	 * @generated
	 */
	void setTlsRenegotiation(TlsRenegotiation value);

	/**
	 * Returns the value of the '<em><b>Stun</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the SIP device uses STUN; endpoints at home without STUN cannot work (F-26).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stun</em>' attribute.
	 * @see #setStun(boolean)
	 * @see io.patchbay.model.EstatePackage#getDevice_Stun()
	 * @model
	 * @generated
	 */
	boolean isStun();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Device#isStun <em>Stun</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stun</em>' attribute.
	 * @see #isStun()
	 * @generated
	 */
	void setStun(boolean value);

	/**
	 * Returns the value of the '<em><b>Video</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether video is enabled; only one media stream per session is supported (F-26).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Video</em>' attribute.
	 * @see #setVideo(boolean)
	 * @see io.patchbay.model.EstatePackage#getDevice_Video()
	 * @model
	 * @generated
	 */
	boolean isVideo();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Device#isVideo <em>Video</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Video</em>' attribute.
	 * @see #isVideo()
	 * @generated
	 */
	void setVideo(boolean value);

	/**
	 * Returns the value of the '<em><b>Codec</b></em>' attribute.
	 * The literals are from the enumeration {@link io.patchbay.model.Codec}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Voice codec of a myPortal to go client; only G.711 is supported (F-16).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Codec</em>' attribute.
	 * @see io.patchbay.model.Codec
	 * @see #setCodec(Codec)
	 * @see io.patchbay.model.EstatePackage#getDevice_Codec()
	 * @model
	 * @generated
	 */
	Codec getCodec();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Device#getCodec <em>Codec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Codec</em>' attribute.
	 * @see io.patchbay.model.Codec
	 * @see #getCodec()
	 * @generated
	 */
	void setCodec(Codec value);

	/**
	 * Returns the value of the '<em><b>Mobile Data Voip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a myPortal to go client makes VoIP calls over mobile data; only Wi-Fi is supported (F-16).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mobile Data Voip</em>' attribute.
	 * @see #setMobileDataVoip(boolean)
	 * @see io.patchbay.model.EstatePackage#getDevice_MobileDataVoip()
	 * @model
	 * @generated
	 */
	boolean isMobileDataVoip();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Device#isMobileDataVoip <em>Mobile Data Voip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mobile Data Voip</em>' attribute.
	 * @see #isMobileDataVoip()
	 * @generated
	 */
	void setMobileDataVoip(boolean value);

	/**
	 * Returns the value of the '<em><b>Srtp Sdes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the device uses SRTP with SDES key exchange; not supported at home (F-14).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Srtp Sdes</em>' attribute.
	 * @see #setSrtpSdes(boolean)
	 * @see io.patchbay.model.EstatePackage#getDevice_SrtpSdes()
	 * @model
	 * @generated
	 */
	boolean isSrtpSdes();

	/**
	 * Sets the value of the '{@link io.patchbay.model.Device#isSrtpSdes <em>Srtp Sdes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Srtp Sdes</em>' attribute.
	 * @see #isSrtpSdes()
	 * @generated
	 */
	void setSrtpSdes(boolean value);

} // Device
