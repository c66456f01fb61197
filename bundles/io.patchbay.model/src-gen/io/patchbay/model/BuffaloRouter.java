/**
 */
package io.patchbay.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Buffalo Router</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A Buffalo router with DD-WRT (dropbear SSH, BusyBox, nvram, no real-time clock) running the RSP.servicelink VPN client (F-44).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.BuffaloRouter#getFirmware <em>Firmware</em>}</li>
 *   <li>{@link io.patchbay.model.BuffaloRouter#isWebUiHttps <em>Web Ui Https</em>}</li>
 *   <li>{@link io.patchbay.model.BuffaloRouter#getNtpServer <em>Ntp Server</em>}</li>
 *   <li>{@link io.patchbay.model.BuffaloRouter#getNoNtpTime <em>No Ntp Time</em>}</li>
 * </ul>
 *
 * @see io.patchbay.model.EstatePackage#getBuffaloRouter()
 * @model
 * @generated
 */
public interface BuffaloRouter extends Router {
	/**
	 * Returns the value of the '<em><b>Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Firmware as reported, e.g. DD-WRT v24-sp2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Firmware</em>' attribute.
	 * @see #setFirmware(String)
	 * @see io.patchbay.model.EstatePackage#getBuffaloRouter_Firmware()
	 * @model
	 * @generated
	 */
	String getFirmware();

	/**
	 * Sets the value of the '{@link io.patchbay.model.BuffaloRouter#getFirmware <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Firmware</em>' attribute.
	 * @see #getFirmware()
	 * @generated
	 */
	void setFirmware(String value);

	/**
	 * Returns the value of the '<em><b>Web Ui Https</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the web UI speaks HTTPS (old firmware: HTTP only).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Web Ui Https</em>' attribute.
	 * @see #setWebUiHttps(boolean)
	 * @see io.patchbay.model.EstatePackage#getBuffaloRouter_WebUiHttps()
	 * @model default="true"
	 * @generated
	 */
	boolean isWebUiHttps();

	/**
	 * Sets the value of the '{@link io.patchbay.model.BuffaloRouter#isWebUiHttps <em>Web Ui Https</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Web Ui Https</em>' attribute.
	 * @see #isWebUiHttps()
	 * @generated
	 */
	void setWebUiHttps(boolean value);

	/**
	 * Returns the value of the '<em><b>Ntp Server</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NTP server; the clock must be right for certificate validation (F-42).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ntp Server</em>' attribute.
	 * @see #setNtpServer(String)
	 * @see io.patchbay.model.EstatePackage#getBuffaloRouter_NtpServer()
	 * @model
	 * @generated
	 */
	String getNtpServer();

	/**
	 * Sets the value of the '{@link io.patchbay.model.BuffaloRouter#getNtpServer <em>Ntp Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ntp Server</em>' attribute.
	 * @see #getNtpServer()
	 * @generated
	 */
	void setNtpServer(String value);

	/**
	 * Returns the value of the '<em><b>No Ntp Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NVRAM variable no_ntp_time: the start-up date, format YYYYMMDDhhmm (F-44).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>No Ntp Time</em>' attribute.
	 * @see #setNoNtpTime(String)
	 * @see io.patchbay.model.EstatePackage#getBuffaloRouter_NoNtpTime()
	 * @model
	 * @generated
	 */
	String getNoNtpTime();

	/**
	 * Sets the value of the '{@link io.patchbay.model.BuffaloRouter#getNoNtpTime <em>No Ntp Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>No Ntp Time</em>' attribute.
	 * @see #getNoNtpTime()
	 * @generated
	 */
	void setNoNtpTime(String value);

} // BuffaloRouter
