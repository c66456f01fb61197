/**
 */
package io.patchbay.model.impl;

import io.patchbay.model.BuffaloRouter;
import io.patchbay.model.EstatePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Buffalo Router</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.impl.BuffaloRouterImpl#getFirmware <em>Firmware</em>}</li>
 *   <li>{@link io.patchbay.model.impl.BuffaloRouterImpl#isWebUiHttps <em>Web Ui Https</em>}</li>
 *   <li>{@link io.patchbay.model.impl.BuffaloRouterImpl#getNtpServer <em>Ntp Server</em>}</li>
 *   <li>{@link io.patchbay.model.impl.BuffaloRouterImpl#getNoNtpTime <em>No Ntp Time</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BuffaloRouterImpl extends RouterImpl implements BuffaloRouter {
	/**
	 * The default value of the '{@link #getFirmware() <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmware()
	 * @generated
	 * @ordered
	 */
	protected static final String FIRMWARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirmware() <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmware()
	 * @generated
	 * @ordered
	 */
	protected String firmware = FIRMWARE_EDEFAULT;

	/**
	 * The default value of the '{@link #isWebUiHttps() <em>Web Ui Https</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWebUiHttps()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WEB_UI_HTTPS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isWebUiHttps() <em>Web Ui Https</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWebUiHttps()
	 * @generated
	 * @ordered
	 */
	protected boolean webUiHttps = WEB_UI_HTTPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNtpServer() <em>Ntp Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNtpServer()
	 * @generated
	 * @ordered
	 */
	protected static final String NTP_SERVER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNtpServer() <em>Ntp Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNtpServer()
	 * @generated
	 * @ordered
	 */
	protected String ntpServer = NTP_SERVER_EDEFAULT;

	/**
	 * The default value of the '{@link #getNoNtpTime() <em>No Ntp Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoNtpTime()
	 * @generated
	 * @ordered
	 */
	protected static final String NO_NTP_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNoNtpTime() <em>No Ntp Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoNtpTime()
	 * @generated
	 * @ordered
	 */
	protected String noNtpTime = NO_NTP_TIME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BuffaloRouterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EstatePackage.Literals.BUFFALO_ROUTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFirmware() {
		return firmware;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirmware(String newFirmware) {
		String oldFirmware = firmware;
		firmware = newFirmware;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.BUFFALO_ROUTER__FIRMWARE, oldFirmware, firmware));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWebUiHttps() {
		return webUiHttps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWebUiHttps(boolean newWebUiHttps) {
		boolean oldWebUiHttps = webUiHttps;
		webUiHttps = newWebUiHttps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.BUFFALO_ROUTER__WEB_UI_HTTPS, oldWebUiHttps, webUiHttps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNtpServer() {
		return ntpServer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNtpServer(String newNtpServer) {
		String oldNtpServer = ntpServer;
		ntpServer = newNtpServer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.BUFFALO_ROUTER__NTP_SERVER, oldNtpServer, ntpServer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNoNtpTime() {
		return noNtpTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoNtpTime(String newNoNtpTime) {
		String oldNoNtpTime = noNtpTime;
		noNtpTime = newNoNtpTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.BUFFALO_ROUTER__NO_NTP_TIME, oldNoNtpTime, noNtpTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EstatePackage.BUFFALO_ROUTER__FIRMWARE:
				return getFirmware();
			case EstatePackage.BUFFALO_ROUTER__WEB_UI_HTTPS:
				return isWebUiHttps();
			case EstatePackage.BUFFALO_ROUTER__NTP_SERVER:
				return getNtpServer();
			case EstatePackage.BUFFALO_ROUTER__NO_NTP_TIME:
				return getNoNtpTime();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case EstatePackage.BUFFALO_ROUTER__FIRMWARE:
				setFirmware((String)newValue);
				return;
			case EstatePackage.BUFFALO_ROUTER__WEB_UI_HTTPS:
				setWebUiHttps((Boolean)newValue);
				return;
			case EstatePackage.BUFFALO_ROUTER__NTP_SERVER:
				setNtpServer((String)newValue);
				return;
			case EstatePackage.BUFFALO_ROUTER__NO_NTP_TIME:
				setNoNtpTime((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case EstatePackage.BUFFALO_ROUTER__FIRMWARE:
				setFirmware(FIRMWARE_EDEFAULT);
				return;
			case EstatePackage.BUFFALO_ROUTER__WEB_UI_HTTPS:
				setWebUiHttps(WEB_UI_HTTPS_EDEFAULT);
				return;
			case EstatePackage.BUFFALO_ROUTER__NTP_SERVER:
				setNtpServer(NTP_SERVER_EDEFAULT);
				return;
			case EstatePackage.BUFFALO_ROUTER__NO_NTP_TIME:
				setNoNtpTime(NO_NTP_TIME_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case EstatePackage.BUFFALO_ROUTER__FIRMWARE:
				return FIRMWARE_EDEFAULT == null ? firmware != null : !FIRMWARE_EDEFAULT.equals(firmware);
			case EstatePackage.BUFFALO_ROUTER__WEB_UI_HTTPS:
				return webUiHttps != WEB_UI_HTTPS_EDEFAULT;
			case EstatePackage.BUFFALO_ROUTER__NTP_SERVER:
				return NTP_SERVER_EDEFAULT == null ? ntpServer != null : !NTP_SERVER_EDEFAULT.equals(ntpServer);
			case EstatePackage.BUFFALO_ROUTER__NO_NTP_TIME:
				return NO_NTP_TIME_EDEFAULT == null ? noNtpTime != null : !NO_NTP_TIME_EDEFAULT.equals(noNtpTime);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (firmware: ");
		result.append(firmware);
		result.append(", webUiHttps: ");
		result.append(webUiHttps);
		result.append(", ntpServer: ");
		result.append(ntpServer);
		result.append(", noNtpTime: ");
		result.append(noNtpTime);
		result.append(')');
		return result.toString();
	}

} //BuffaloRouterImpl
