/**
 */
package io.patchbay.model.impl;

import io.patchbay.model.Booster;
import io.patchbay.model.Certificate;
import io.patchbay.model.Device;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.ItspTrunk;
import io.patchbay.model.LanInterface;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.PasswordPolicy;
import io.patchbay.model.PortRange;
import io.patchbay.model.Router;
import io.patchbay.model.SoftwareVersion;
import io.patchbay.model.Station;
import io.patchbay.model.SystemModel;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Osbiz System</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getModel <em>Model</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getBooster <em>Booster</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getRelease <em>Release</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getSielId <em>Siel Id</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getMac <em>Mac</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getLan1Address <em>Lan1 Address</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getLan2Address <em>Lan2 Address</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getInternetInterface <em>Internet Interface</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#isWanFirewallEnabled <em>Wan Firewall Enabled</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getPublicAddress <em>Public Address</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#isPublicAddressDynamic <em>Public Address Dynamic</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getUpstreamKbps <em>Upstream Kbps</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getSimultaneousInternetCalls <em>Simultaneous Internet Calls</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getStunServer <em>Stun Server</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getStunPort <em>Stun Port</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getSipInternetPort <em>Sip Internet Port</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getSipInternetTlsPort <em>Sip Internet Tls Port</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#isSpeEnabled <em>Spe Enabled</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getSpeMinimumKeyLength <em>Spe Minimum Key Length</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#isSpeCertificateValidation <em>Spe Certificate Validation</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getSpeCertificate <em>Spe Certificate</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#isDliEnabled <em>Dli Enabled</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getPasswordPolicy <em>Password Policy</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getHfaPort <em>Hfa Port</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getHfaTlsPort <em>Hfa Tls Port</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getHttpsPort <em>Https Port</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getRtpPortRange <em>Rtp Port Range</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#isTlsFallbackToTls10 <em>Tls Fallback To Tls10</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getPlannedItspCalls <em>Planned Itsp Calls</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getPlannedCircuitCalls <em>Planned Circuit Calls</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getPlannedHomeCalls <em>Planned Home Calls</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getAccessRouter <em>Access Router</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getItspTrunks <em>Itsp Trunks</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getStations <em>Stations</em>}</li>
 *   <li>{@link io.patchbay.model.impl.OsbizSystemImpl#getDevices <em>Devices</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OsbizSystemImpl extends ManagedDeviceImpl implements OsbizSystem {
	/**
	 * The default value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected static final SystemModel MODEL_EDEFAULT = SystemModel.X1;

	/**
	 * The cached value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected SystemModel model = MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getBooster() <em>Booster</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBooster()
	 * @generated
	 * @ordered
	 */
	protected static final Booster BOOSTER_EDEFAULT = Booster.NONE;

	/**
	 * The cached value of the '{@link #getBooster() <em>Booster</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBooster()
	 * @generated
	 * @ordered
	 */
	protected Booster booster = BOOSTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getRelease() <em>Release</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelease()
	 * @generated
	 * @ordered
	 */
	protected static final SoftwareVersion RELEASE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRelease() <em>Release</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelease()
	 * @generated
	 * @ordered
	 */
	protected SoftwareVersion release = RELEASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSielId() <em>Siel Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSielId()
	 * @generated
	 * @ordered
	 */
	protected static final String SIEL_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSielId() <em>Siel Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSielId()
	 * @generated
	 * @ordered
	 */
	protected String sielId = SIEL_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getMac() <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMac()
	 * @generated
	 * @ordered
	 */
	protected static final String MAC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMac() <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMac()
	 * @generated
	 * @ordered
	 */
	protected String mac = MAC_EDEFAULT;

	/**
	 * The default value of the '{@link #getLan1Address() <em>Lan1 Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLan1Address()
	 * @generated
	 * @ordered
	 */
	protected static final String LAN1_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLan1Address() <em>Lan1 Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLan1Address()
	 * @generated
	 * @ordered
	 */
	protected String lan1Address = LAN1_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLan2Address() <em>Lan2 Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLan2Address()
	 * @generated
	 * @ordered
	 */
	protected static final String LAN2_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLan2Address() <em>Lan2 Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLan2Address()
	 * @generated
	 * @ordered
	 */
	protected String lan2Address = LAN2_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getInternetInterface() <em>Internet Interface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInternetInterface()
	 * @generated
	 * @ordered
	 */
	protected static final LanInterface INTERNET_INTERFACE_EDEFAULT = LanInterface.LAN1_WAN;

	/**
	 * The cached value of the '{@link #getInternetInterface() <em>Internet Interface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInternetInterface()
	 * @generated
	 * @ordered
	 */
	protected LanInterface internetInterface = INTERNET_INTERFACE_EDEFAULT;

	/**
	 * The default value of the '{@link #isWanFirewallEnabled() <em>Wan Firewall Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWanFirewallEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WAN_FIREWALL_ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isWanFirewallEnabled() <em>Wan Firewall Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWanFirewallEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean wanFirewallEnabled = WAN_FIREWALL_ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublicAddress() <em>Public Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLIC_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublicAddress() <em>Public Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicAddress()
	 * @generated
	 * @ordered
	 */
	protected String publicAddress = PUBLIC_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #isPublicAddressDynamic() <em>Public Address Dynamic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPublicAddressDynamic()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PUBLIC_ADDRESS_DYNAMIC_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPublicAddressDynamic() <em>Public Address Dynamic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPublicAddressDynamic()
	 * @generated
	 * @ordered
	 */
	protected boolean publicAddressDynamic = PUBLIC_ADDRESS_DYNAMIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpstreamKbps() <em>Upstream Kbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpstreamKbps()
	 * @generated
	 * @ordered
	 */
	protected static final int UPSTREAM_KBPS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUpstreamKbps() <em>Upstream Kbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpstreamKbps()
	 * @generated
	 * @ordered
	 */
	protected int upstreamKbps = UPSTREAM_KBPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSimultaneousInternetCalls() <em>Simultaneous Internet Calls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSimultaneousInternetCalls()
	 * @generated
	 * @ordered
	 */
	protected static final int SIMULTANEOUS_INTERNET_CALLS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSimultaneousInternetCalls() <em>Simultaneous Internet Calls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSimultaneousInternetCalls()
	 * @generated
	 * @ordered
	 */
	protected int simultaneousInternetCalls = SIMULTANEOUS_INTERNET_CALLS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStunServer() <em>Stun Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStunServer()
	 * @generated
	 * @ordered
	 */
	protected static final String STUN_SERVER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStunServer() <em>Stun Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStunServer()
	 * @generated
	 * @ordered
	 */
	protected String stunServer = STUN_SERVER_EDEFAULT;

	/**
	 * The default value of the '{@link #getStunPort() <em>Stun Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStunPort()
	 * @generated
	 * @ordered
	 */
	protected static final int STUN_PORT_EDEFAULT = 3478;

	/**
	 * The cached value of the '{@link #getStunPort() <em>Stun Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStunPort()
	 * @generated
	 * @ordered
	 */
	protected int stunPort = STUN_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSipInternetPort() <em>Sip Internet Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSipInternetPort()
	 * @generated
	 * @ordered
	 */
	protected static final int SIP_INTERNET_PORT_EDEFAULT = 5070;

	/**
	 * The cached value of the '{@link #getSipInternetPort() <em>Sip Internet Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSipInternetPort()
	 * @generated
	 * @ordered
	 */
	protected int sipInternetPort = SIP_INTERNET_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSipInternetTlsPort() <em>Sip Internet Tls Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSipInternetTlsPort()
	 * @generated
	 * @ordered
	 */
	protected static final int SIP_INTERNET_TLS_PORT_EDEFAULT = 5071;

	/**
	 * The cached value of the '{@link #getSipInternetTlsPort() <em>Sip Internet Tls Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSipInternetTlsPort()
	 * @generated
	 * @ordered
	 */
	protected int sipInternetTlsPort = SIP_INTERNET_TLS_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #isSpeEnabled() <em>Spe Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpeEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SPE_ENABLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSpeEnabled() <em>Spe Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpeEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean speEnabled = SPE_ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getSpeMinimumKeyLength() <em>Spe Minimum Key Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeMinimumKeyLength()
	 * @generated
	 * @ordered
	 */
	protected static final int SPE_MINIMUM_KEY_LENGTH_EDEFAULT = 2048;

	/**
	 * The cached value of the '{@link #getSpeMinimumKeyLength() <em>Spe Minimum Key Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeMinimumKeyLength()
	 * @generated
	 * @ordered
	 */
	protected int speMinimumKeyLength = SPE_MINIMUM_KEY_LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #isSpeCertificateValidation() <em>Spe Certificate Validation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpeCertificateValidation()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SPE_CERTIFICATE_VALIDATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSpeCertificateValidation() <em>Spe Certificate Validation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpeCertificateValidation()
	 * @generated
	 * @ordered
	 */
	protected boolean speCertificateValidation = SPE_CERTIFICATE_VALIDATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSpeCertificate() <em>Spe Certificate</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeCertificate()
	 * @generated
	 * @ordered
	 */
	protected Certificate speCertificate;

	/**
	 * The default value of the '{@link #isDliEnabled() <em>Dli Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDliEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DLI_ENABLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDliEnabled() <em>Dli Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDliEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean dliEnabled = DLI_ENABLED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPasswordPolicy() <em>Password Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordPolicy()
	 * @generated
	 * @ordered
	 */
	protected PasswordPolicy passwordPolicy;

	/**
	 * The default value of the '{@link #getHfaPort() <em>Hfa Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHfaPort()
	 * @generated
	 * @ordered
	 */
	protected static final int HFA_PORT_EDEFAULT = 4062;

	/**
	 * The cached value of the '{@link #getHfaPort() <em>Hfa Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHfaPort()
	 * @generated
	 * @ordered
	 */
	protected int hfaPort = HFA_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getHfaTlsPort() <em>Hfa Tls Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHfaTlsPort()
	 * @generated
	 * @ordered
	 */
	protected static final int HFA_TLS_PORT_EDEFAULT = 4063;

	/**
	 * The cached value of the '{@link #getHfaTlsPort() <em>Hfa Tls Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHfaTlsPort()
	 * @generated
	 * @ordered
	 */
	protected int hfaTlsPort = HFA_TLS_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getHttpsPort() <em>Https Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHttpsPort()
	 * @generated
	 * @ordered
	 */
	protected static final int HTTPS_PORT_EDEFAULT = 8802;

	/**
	 * The cached value of the '{@link #getHttpsPort() <em>Https Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHttpsPort()
	 * @generated
	 * @ordered
	 */
	protected int httpsPort = HTTPS_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRtpPortRange() <em>Rtp Port Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRtpPortRange()
	 * @generated
	 * @ordered
	 */
	protected static final PortRange RTP_PORT_RANGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRtpPortRange() <em>Rtp Port Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRtpPortRange()
	 * @generated
	 * @ordered
	 */
	protected PortRange rtpPortRange = RTP_PORT_RANGE_EDEFAULT;

	/**
	 * The default value of the '{@link #isTlsFallbackToTls10() <em>Tls Fallback To Tls10</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTlsFallbackToTls10()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TLS_FALLBACK_TO_TLS10_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTlsFallbackToTls10() <em>Tls Fallback To Tls10</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTlsFallbackToTls10()
	 * @generated
	 * @ordered
	 */
	protected boolean tlsFallbackToTls10 = TLS_FALLBACK_TO_TLS10_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedItspCalls() <em>Planned Itsp Calls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedItspCalls()
	 * @generated
	 * @ordered
	 */
	protected static final int PLANNED_ITSP_CALLS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPlannedItspCalls() <em>Planned Itsp Calls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedItspCalls()
	 * @generated
	 * @ordered
	 */
	protected int plannedItspCalls = PLANNED_ITSP_CALLS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedCircuitCalls() <em>Planned Circuit Calls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedCircuitCalls()
	 * @generated
	 * @ordered
	 */
	protected static final int PLANNED_CIRCUIT_CALLS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPlannedCircuitCalls() <em>Planned Circuit Calls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedCircuitCalls()
	 * @generated
	 * @ordered
	 */
	protected int plannedCircuitCalls = PLANNED_CIRCUIT_CALLS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedHomeCalls() <em>Planned Home Calls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedHomeCalls()
	 * @generated
	 * @ordered
	 */
	protected static final int PLANNED_HOME_CALLS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPlannedHomeCalls() <em>Planned Home Calls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedHomeCalls()
	 * @generated
	 * @ordered
	 */
	protected int plannedHomeCalls = PLANNED_HOME_CALLS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAccessRouter() <em>Access Router</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccessRouter()
	 * @generated
	 * @ordered
	 */
	protected Router accessRouter;

	/**
	 * The cached value of the '{@link #getItspTrunks() <em>Itsp Trunks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItspTrunks()
	 * @generated
	 * @ordered
	 */
	protected EList<ItspTrunk> itspTrunks;

	/**
	 * The cached value of the '{@link #getStations() <em>Stations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStations()
	 * @generated
	 * @ordered
	 */
	protected EList<Station> stations;

	/**
	 * The cached value of the '{@link #getDevices() <em>Devices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<Device> devices;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OsbizSystemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EstatePackage.Literals.OSBIZ_SYSTEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SystemModel getModel() {
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModel(SystemModel newModel) {
		SystemModel oldModel = model;
		model = newModel == null ? MODEL_EDEFAULT : newModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__MODEL, oldModel, model));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Booster getBooster() {
		return booster;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBooster(Booster newBooster) {
		Booster oldBooster = booster;
		booster = newBooster == null ? BOOSTER_EDEFAULT : newBooster;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__BOOSTER, oldBooster, booster));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SoftwareVersion getRelease() {
		return release;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelease(SoftwareVersion newRelease) {
		SoftwareVersion oldRelease = release;
		release = newRelease;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__RELEASE, oldRelease, release));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSielId() {
		return sielId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSielId(String newSielId) {
		String oldSielId = sielId;
		sielId = newSielId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__SIEL_ID, oldSielId, sielId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMac() {
		return mac;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMac(String newMac) {
		String oldMac = mac;
		mac = newMac;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__MAC, oldMac, mac));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLan1Address() {
		return lan1Address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLan1Address(String newLan1Address) {
		String oldLan1Address = lan1Address;
		lan1Address = newLan1Address;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__LAN1_ADDRESS, oldLan1Address, lan1Address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLan2Address() {
		return lan2Address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLan2Address(String newLan2Address) {
		String oldLan2Address = lan2Address;
		lan2Address = newLan2Address;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__LAN2_ADDRESS, oldLan2Address, lan2Address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LanInterface getInternetInterface() {
		return internetInterface;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInternetInterface(LanInterface newInternetInterface) {
		LanInterface oldInternetInterface = internetInterface;
		internetInterface = newInternetInterface == null ? INTERNET_INTERFACE_EDEFAULT : newInternetInterface;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__INTERNET_INTERFACE, oldInternetInterface, internetInterface));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWanFirewallEnabled() {
		return wanFirewallEnabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWanFirewallEnabled(boolean newWanFirewallEnabled) {
		boolean oldWanFirewallEnabled = wanFirewallEnabled;
		wanFirewallEnabled = newWanFirewallEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__WAN_FIREWALL_ENABLED, oldWanFirewallEnabled, wanFirewallEnabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublicAddress() {
		return publicAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublicAddress(String newPublicAddress) {
		String oldPublicAddress = publicAddress;
		publicAddress = newPublicAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__PUBLIC_ADDRESS, oldPublicAddress, publicAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPublicAddressDynamic() {
		return publicAddressDynamic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublicAddressDynamic(boolean newPublicAddressDynamic) {
		boolean oldPublicAddressDynamic = publicAddressDynamic;
		publicAddressDynamic = newPublicAddressDynamic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__PUBLIC_ADDRESS_DYNAMIC, oldPublicAddressDynamic, publicAddressDynamic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUpstreamKbps() {
		return upstreamKbps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpstreamKbps(int newUpstreamKbps) {
		int oldUpstreamKbps = upstreamKbps;
		upstreamKbps = newUpstreamKbps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__UPSTREAM_KBPS, oldUpstreamKbps, upstreamKbps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSimultaneousInternetCalls() {
		return simultaneousInternetCalls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSimultaneousInternetCalls(int newSimultaneousInternetCalls) {
		int oldSimultaneousInternetCalls = simultaneousInternetCalls;
		simultaneousInternetCalls = newSimultaneousInternetCalls;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__SIMULTANEOUS_INTERNET_CALLS, oldSimultaneousInternetCalls, simultaneousInternetCalls));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStunServer() {
		return stunServer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStunServer(String newStunServer) {
		String oldStunServer = stunServer;
		stunServer = newStunServer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__STUN_SERVER, oldStunServer, stunServer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStunPort() {
		return stunPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStunPort(int newStunPort) {
		int oldStunPort = stunPort;
		stunPort = newStunPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__STUN_PORT, oldStunPort, stunPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSipInternetPort() {
		return sipInternetPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSipInternetPort(int newSipInternetPort) {
		int oldSipInternetPort = sipInternetPort;
		sipInternetPort = newSipInternetPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__SIP_INTERNET_PORT, oldSipInternetPort, sipInternetPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSipInternetTlsPort() {
		return sipInternetTlsPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSipInternetTlsPort(int newSipInternetTlsPort) {
		int oldSipInternetTlsPort = sipInternetTlsPort;
		sipInternetTlsPort = newSipInternetTlsPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__SIP_INTERNET_TLS_PORT, oldSipInternetTlsPort, sipInternetTlsPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSpeEnabled() {
		return speEnabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpeEnabled(boolean newSpeEnabled) {
		boolean oldSpeEnabled = speEnabled;
		speEnabled = newSpeEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__SPE_ENABLED, oldSpeEnabled, speEnabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSpeMinimumKeyLength() {
		return speMinimumKeyLength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpeMinimumKeyLength(int newSpeMinimumKeyLength) {
		int oldSpeMinimumKeyLength = speMinimumKeyLength;
		speMinimumKeyLength = newSpeMinimumKeyLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__SPE_MINIMUM_KEY_LENGTH, oldSpeMinimumKeyLength, speMinimumKeyLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSpeCertificateValidation() {
		return speCertificateValidation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpeCertificateValidation(boolean newSpeCertificateValidation) {
		boolean oldSpeCertificateValidation = speCertificateValidation;
		speCertificateValidation = newSpeCertificateValidation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__SPE_CERTIFICATE_VALIDATION, oldSpeCertificateValidation, speCertificateValidation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Certificate getSpeCertificate() {
		if (speCertificate != null && speCertificate.eIsProxy()) {
			InternalEObject oldSpeCertificate = (InternalEObject)speCertificate;
			speCertificate = (Certificate)eResolveProxy(oldSpeCertificate);
			if (speCertificate != oldSpeCertificate) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EstatePackage.OSBIZ_SYSTEM__SPE_CERTIFICATE, oldSpeCertificate, speCertificate));
			}
		}
		return speCertificate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Certificate basicGetSpeCertificate() {
		return speCertificate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpeCertificate(Certificate newSpeCertificate) {
		Certificate oldSpeCertificate = speCertificate;
		speCertificate = newSpeCertificate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__SPE_CERTIFICATE, oldSpeCertificate, speCertificate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDliEnabled() {
		return dliEnabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDliEnabled(boolean newDliEnabled) {
		boolean oldDliEnabled = dliEnabled;
		dliEnabled = newDliEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__DLI_ENABLED, oldDliEnabled, dliEnabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PasswordPolicy getPasswordPolicy() {
		return passwordPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPasswordPolicy(PasswordPolicy newPasswordPolicy, NotificationChain msgs) {
		PasswordPolicy oldPasswordPolicy = passwordPolicy;
		passwordPolicy = newPasswordPolicy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__PASSWORD_POLICY, oldPasswordPolicy, newPasswordPolicy);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPasswordPolicy(PasswordPolicy newPasswordPolicy) {
		if (newPasswordPolicy != passwordPolicy) {
			NotificationChain msgs = null;
			if (passwordPolicy != null)
				msgs = ((InternalEObject)passwordPolicy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - EstatePackage.OSBIZ_SYSTEM__PASSWORD_POLICY, null, msgs);
			if (newPasswordPolicy != null)
				msgs = ((InternalEObject)newPasswordPolicy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - EstatePackage.OSBIZ_SYSTEM__PASSWORD_POLICY, null, msgs);
			msgs = basicSetPasswordPolicy(newPasswordPolicy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__PASSWORD_POLICY, newPasswordPolicy, newPasswordPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHfaPort() {
		return hfaPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHfaPort(int newHfaPort) {
		int oldHfaPort = hfaPort;
		hfaPort = newHfaPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__HFA_PORT, oldHfaPort, hfaPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHfaTlsPort() {
		return hfaTlsPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHfaTlsPort(int newHfaTlsPort) {
		int oldHfaTlsPort = hfaTlsPort;
		hfaTlsPort = newHfaTlsPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__HFA_TLS_PORT, oldHfaTlsPort, hfaTlsPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHttpsPort() {
		return httpsPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHttpsPort(int newHttpsPort) {
		int oldHttpsPort = httpsPort;
		httpsPort = newHttpsPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__HTTPS_PORT, oldHttpsPort, httpsPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PortRange getRtpPortRange() {
		return rtpPortRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRtpPortRange(PortRange newRtpPortRange) {
		PortRange oldRtpPortRange = rtpPortRange;
		rtpPortRange = newRtpPortRange;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__RTP_PORT_RANGE, oldRtpPortRange, rtpPortRange));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTlsFallbackToTls10() {
		return tlsFallbackToTls10;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTlsFallbackToTls10(boolean newTlsFallbackToTls10) {
		boolean oldTlsFallbackToTls10 = tlsFallbackToTls10;
		tlsFallbackToTls10 = newTlsFallbackToTls10;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__TLS_FALLBACK_TO_TLS10, oldTlsFallbackToTls10, tlsFallbackToTls10));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPlannedItspCalls() {
		return plannedItspCalls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedItspCalls(int newPlannedItspCalls) {
		int oldPlannedItspCalls = plannedItspCalls;
		plannedItspCalls = newPlannedItspCalls;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__PLANNED_ITSP_CALLS, oldPlannedItspCalls, plannedItspCalls));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPlannedCircuitCalls() {
		return plannedCircuitCalls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedCircuitCalls(int newPlannedCircuitCalls) {
		int oldPlannedCircuitCalls = plannedCircuitCalls;
		plannedCircuitCalls = newPlannedCircuitCalls;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__PLANNED_CIRCUIT_CALLS, oldPlannedCircuitCalls, plannedCircuitCalls));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPlannedHomeCalls() {
		return plannedHomeCalls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedHomeCalls(int newPlannedHomeCalls) {
		int oldPlannedHomeCalls = plannedHomeCalls;
		plannedHomeCalls = newPlannedHomeCalls;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__PLANNED_HOME_CALLS, oldPlannedHomeCalls, plannedHomeCalls));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Router getAccessRouter() {
		if (accessRouter != null && accessRouter.eIsProxy()) {
			InternalEObject oldAccessRouter = (InternalEObject)accessRouter;
			accessRouter = (Router)eResolveProxy(oldAccessRouter);
			if (accessRouter != oldAccessRouter) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EstatePackage.OSBIZ_SYSTEM__ACCESS_ROUTER, oldAccessRouter, accessRouter));
			}
		}
		return accessRouter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Router basicGetAccessRouter() {
		return accessRouter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccessRouter(Router newAccessRouter) {
		Router oldAccessRouter = accessRouter;
		accessRouter = newAccessRouter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.OSBIZ_SYSTEM__ACCESS_ROUTER, oldAccessRouter, accessRouter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ItspTrunk> getItspTrunks() {
		if (itspTrunks == null) {
			itspTrunks = new EObjectContainmentEList<ItspTrunk>(ItspTrunk.class, this, EstatePackage.OSBIZ_SYSTEM__ITSP_TRUNKS);
		}
		return itspTrunks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Station> getStations() {
		if (stations == null) {
			stations = new EObjectContainmentEList<Station>(Station.class, this, EstatePackage.OSBIZ_SYSTEM__STATIONS);
		}
		return stations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Device> getDevices() {
		if (devices == null) {
			devices = new EObjectContainmentEList<Device>(Device.class, this, EstatePackage.OSBIZ_SYSTEM__DEVICES);
		}
		return devices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EstatePackage.OSBIZ_SYSTEM__PASSWORD_POLICY:
				return basicSetPasswordPolicy(null, msgs);
			case EstatePackage.OSBIZ_SYSTEM__ITSP_TRUNKS:
				return ((InternalEList<?>)getItspTrunks()).basicRemove(otherEnd, msgs);
			case EstatePackage.OSBIZ_SYSTEM__STATIONS:
				return ((InternalEList<?>)getStations()).basicRemove(otherEnd, msgs);
			case EstatePackage.OSBIZ_SYSTEM__DEVICES:
				return ((InternalEList<?>)getDevices()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EstatePackage.OSBIZ_SYSTEM__MODEL:
				return getModel();
			case EstatePackage.OSBIZ_SYSTEM__BOOSTER:
				return getBooster();
			case EstatePackage.OSBIZ_SYSTEM__RELEASE:
				return getRelease();
			case EstatePackage.OSBIZ_SYSTEM__SIEL_ID:
				return getSielId();
			case EstatePackage.OSBIZ_SYSTEM__MAC:
				return getMac();
			case EstatePackage.OSBIZ_SYSTEM__LAN1_ADDRESS:
				return getLan1Address();
			case EstatePackage.OSBIZ_SYSTEM__LAN2_ADDRESS:
				return getLan2Address();
			case EstatePackage.OSBIZ_SYSTEM__INTERNET_INTERFACE:
				return getInternetInterface();
			case EstatePackage.OSBIZ_SYSTEM__WAN_FIREWALL_ENABLED:
				return isWanFirewallEnabled();
			case EstatePackage.OSBIZ_SYSTEM__PUBLIC_ADDRESS:
				return getPublicAddress();
			case EstatePackage.OSBIZ_SYSTEM__PUBLIC_ADDRESS_DYNAMIC:
				return isPublicAddressDynamic();
			case EstatePackage.OSBIZ_SYSTEM__UPSTREAM_KBPS:
				return getUpstreamKbps();
			case EstatePackage.OSBIZ_SYSTEM__SIMULTANEOUS_INTERNET_CALLS:
				return getSimultaneousInternetCalls();
			case EstatePackage.OSBIZ_SYSTEM__STUN_SERVER:
				return getStunServer();
			case EstatePackage.OSBIZ_SYSTEM__STUN_PORT:
				return getStunPort();
			case EstatePackage.OSBIZ_SYSTEM__SIP_INTERNET_PORT:
				return getSipInternetPort();
			case EstatePackage.OSBIZ_SYSTEM__SIP_INTERNET_TLS_PORT:
				return getSipInternetTlsPort();
			case EstatePackage.OSBIZ_SYSTEM__SPE_ENABLED:
				return isSpeEnabled();
			case EstatePackage.OSBIZ_SYSTEM__SPE_MINIMUM_KEY_LENGTH:
				return getSpeMinimumKeyLength();
			case EstatePackage.OSBIZ_SYSTEM__SPE_CERTIFICATE_VALIDATION:
				return isSpeCertificateValidation();
			case EstatePackage.OSBIZ_SYSTEM__SPE_CERTIFICATE:
				if (resolve) return getSpeCertificate();
				return basicGetSpeCertificate();
			case EstatePackage.OSBIZ_SYSTEM__DLI_ENABLED:
				return isDliEnabled();
			case EstatePackage.OSBIZ_SYSTEM__PASSWORD_POLICY:
				return getPasswordPolicy();
			case EstatePackage.OSBIZ_SYSTEM__HFA_PORT:
				return getHfaPort();
			case EstatePackage.OSBIZ_SYSTEM__HFA_TLS_PORT:
				return getHfaTlsPort();
			case EstatePackage.OSBIZ_SYSTEM__HTTPS_PORT:
				return getHttpsPort();
			case EstatePackage.OSBIZ_SYSTEM__RTP_PORT_RANGE:
				return getRtpPortRange();
			case EstatePackage.OSBIZ_SYSTEM__TLS_FALLBACK_TO_TLS10:
				return isTlsFallbackToTls10();
			case EstatePackage.OSBIZ_SYSTEM__PLANNED_ITSP_CALLS:
				return getPlannedItspCalls();
			case EstatePackage.OSBIZ_SYSTEM__PLANNED_CIRCUIT_CALLS:
				return getPlannedCircuitCalls();
			case EstatePackage.OSBIZ_SYSTEM__PLANNED_HOME_CALLS:
				return getPlannedHomeCalls();
			case EstatePackage.OSBIZ_SYSTEM__ACCESS_ROUTER:
				if (resolve) return getAccessRouter();
				return basicGetAccessRouter();
			case EstatePackage.OSBIZ_SYSTEM__ITSP_TRUNKS:
				return getItspTrunks();
			case EstatePackage.OSBIZ_SYSTEM__STATIONS:
				return getStations();
			case EstatePackage.OSBIZ_SYSTEM__DEVICES:
				return getDevices();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case EstatePackage.OSBIZ_SYSTEM__MODEL:
				setModel((SystemModel)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__BOOSTER:
				setBooster((Booster)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__RELEASE:
				setRelease((SoftwareVersion)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__SIEL_ID:
				setSielId((String)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__MAC:
				setMac((String)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__LAN1_ADDRESS:
				setLan1Address((String)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__LAN2_ADDRESS:
				setLan2Address((String)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__INTERNET_INTERFACE:
				setInternetInterface((LanInterface)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__WAN_FIREWALL_ENABLED:
				setWanFirewallEnabled((Boolean)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__PUBLIC_ADDRESS:
				setPublicAddress((String)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__PUBLIC_ADDRESS_DYNAMIC:
				setPublicAddressDynamic((Boolean)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__UPSTREAM_KBPS:
				setUpstreamKbps((Integer)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__SIMULTANEOUS_INTERNET_CALLS:
				setSimultaneousInternetCalls((Integer)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__STUN_SERVER:
				setStunServer((String)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__STUN_PORT:
				setStunPort((Integer)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__SIP_INTERNET_PORT:
				setSipInternetPort((Integer)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__SIP_INTERNET_TLS_PORT:
				setSipInternetTlsPort((Integer)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__SPE_ENABLED:
				setSpeEnabled((Boolean)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__SPE_MINIMUM_KEY_LENGTH:
				setSpeMinimumKeyLength((Integer)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__SPE_CERTIFICATE_VALIDATION:
				setSpeCertificateValidation((Boolean)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__SPE_CERTIFICATE:
				setSpeCertificate((Certificate)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__DLI_ENABLED:
				setDliEnabled((Boolean)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__PASSWORD_POLICY:
				setPasswordPolicy((PasswordPolicy)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__HFA_PORT:
				setHfaPort((Integer)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__HFA_TLS_PORT:
				setHfaTlsPort((Integer)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__HTTPS_PORT:
				setHttpsPort((Integer)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__RTP_PORT_RANGE:
				setRtpPortRange((PortRange)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__TLS_FALLBACK_TO_TLS10:
				setTlsFallbackToTls10((Boolean)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__PLANNED_ITSP_CALLS:
				setPlannedItspCalls((Integer)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__PLANNED_CIRCUIT_CALLS:
				setPlannedCircuitCalls((Integer)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__PLANNED_HOME_CALLS:
				setPlannedHomeCalls((Integer)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__ACCESS_ROUTER:
				setAccessRouter((Router)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__ITSP_TRUNKS:
				getItspTrunks().clear();
				getItspTrunks().addAll((Collection<? extends ItspTrunk>)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__STATIONS:
				getStations().clear();
				getStations().addAll((Collection<? extends Station>)newValue);
				return;
			case EstatePackage.OSBIZ_SYSTEM__DEVICES:
				getDevices().clear();
				getDevices().addAll((Collection<? extends Device>)newValue);
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
			case EstatePackage.OSBIZ_SYSTEM__MODEL:
				setModel(MODEL_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__BOOSTER:
				setBooster(BOOSTER_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__RELEASE:
				setRelease(RELEASE_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__SIEL_ID:
				setSielId(SIEL_ID_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__MAC:
				setMac(MAC_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__LAN1_ADDRESS:
				setLan1Address(LAN1_ADDRESS_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__LAN2_ADDRESS:
				setLan2Address(LAN2_ADDRESS_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__INTERNET_INTERFACE:
				setInternetInterface(INTERNET_INTERFACE_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__WAN_FIREWALL_ENABLED:
				setWanFirewallEnabled(WAN_FIREWALL_ENABLED_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__PUBLIC_ADDRESS:
				setPublicAddress(PUBLIC_ADDRESS_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__PUBLIC_ADDRESS_DYNAMIC:
				setPublicAddressDynamic(PUBLIC_ADDRESS_DYNAMIC_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__UPSTREAM_KBPS:
				setUpstreamKbps(UPSTREAM_KBPS_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__SIMULTANEOUS_INTERNET_CALLS:
				setSimultaneousInternetCalls(SIMULTANEOUS_INTERNET_CALLS_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__STUN_SERVER:
				setStunServer(STUN_SERVER_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__STUN_PORT:
				setStunPort(STUN_PORT_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__SIP_INTERNET_PORT:
				setSipInternetPort(SIP_INTERNET_PORT_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__SIP_INTERNET_TLS_PORT:
				setSipInternetTlsPort(SIP_INTERNET_TLS_PORT_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__SPE_ENABLED:
				setSpeEnabled(SPE_ENABLED_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__SPE_MINIMUM_KEY_LENGTH:
				setSpeMinimumKeyLength(SPE_MINIMUM_KEY_LENGTH_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__SPE_CERTIFICATE_VALIDATION:
				setSpeCertificateValidation(SPE_CERTIFICATE_VALIDATION_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__SPE_CERTIFICATE:
				setSpeCertificate((Certificate)null);
				return;
			case EstatePackage.OSBIZ_SYSTEM__DLI_ENABLED:
				setDliEnabled(DLI_ENABLED_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__PASSWORD_POLICY:
				setPasswordPolicy((PasswordPolicy)null);
				return;
			case EstatePackage.OSBIZ_SYSTEM__HFA_PORT:
				setHfaPort(HFA_PORT_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__HFA_TLS_PORT:
				setHfaTlsPort(HFA_TLS_PORT_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__HTTPS_PORT:
				setHttpsPort(HTTPS_PORT_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__RTP_PORT_RANGE:
				setRtpPortRange(RTP_PORT_RANGE_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__TLS_FALLBACK_TO_TLS10:
				setTlsFallbackToTls10(TLS_FALLBACK_TO_TLS10_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__PLANNED_ITSP_CALLS:
				setPlannedItspCalls(PLANNED_ITSP_CALLS_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__PLANNED_CIRCUIT_CALLS:
				setPlannedCircuitCalls(PLANNED_CIRCUIT_CALLS_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__PLANNED_HOME_CALLS:
				setPlannedHomeCalls(PLANNED_HOME_CALLS_EDEFAULT);
				return;
			case EstatePackage.OSBIZ_SYSTEM__ACCESS_ROUTER:
				setAccessRouter((Router)null);
				return;
			case EstatePackage.OSBIZ_SYSTEM__ITSP_TRUNKS:
				getItspTrunks().clear();
				return;
			case EstatePackage.OSBIZ_SYSTEM__STATIONS:
				getStations().clear();
				return;
			case EstatePackage.OSBIZ_SYSTEM__DEVICES:
				getDevices().clear();
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
			case EstatePackage.OSBIZ_SYSTEM__MODEL:
				return model != MODEL_EDEFAULT;
			case EstatePackage.OSBIZ_SYSTEM__BOOSTER:
				return booster != BOOSTER_EDEFAULT;
			case EstatePackage.OSBIZ_SYSTEM__RELEASE:
				return RELEASE_EDEFAULT == null ? release != null : !RELEASE_EDEFAULT.equals(release);
			case EstatePackage.OSBIZ_SYSTEM__SIEL_ID:
				return SIEL_ID_EDEFAULT == null ? sielId != null : !SIEL_ID_EDEFAULT.equals(sielId);
			case EstatePackage.OSBIZ_SYSTEM__MAC:
				return MAC_EDEFAULT == null ? mac != null : !MAC_EDEFAULT.equals(mac);
			case EstatePackage.OSBIZ_SYSTEM__LAN1_ADDRESS:
				return LAN1_ADDRESS_EDEFAULT == null ? lan1Address != null : !LAN1_ADDRESS_EDEFAULT.equals(lan1Address);
			case EstatePackage.OSBIZ_SYSTEM__LAN2_ADDRESS:
				return LAN2_ADDRESS_EDEFAULT == null ? lan2Address != null : !LAN2_ADDRESS_EDEFAULT.equals(lan2Address);
			case EstatePackage.OSBIZ_SYSTEM__INTERNET_INTERFACE:
				return internetInterface != INTERNET_INTERFACE_EDEFAULT;
			case EstatePackage.OSBIZ_SYSTEM__WAN_FIREWALL_ENABLED:
				return wanFirewallEnabled != WAN_FIREWALL_ENABLED_EDEFAULT;
			case EstatePackage.OSBIZ_SYSTEM__PUBLIC_ADDRESS:
				return PUBLIC_ADDRESS_EDEFAULT == null ? publicAddress != null : !PUBLIC_ADDRESS_EDEFAULT.equals(publicAddress);
			case EstatePackage.OSBIZ_SYSTEM__PUBLIC_ADDRESS_DYNAMIC:
				return publicAddressDynamic != PUBLIC_ADDRESS_DYNAMIC_EDEFAULT;
			case EstatePackage.OSBIZ_SYSTEM__UPSTREAM_KBPS:
				return upstreamKbps != UPSTREAM_KBPS_EDEFAULT;
			case EstatePackage.OSBIZ_SYSTEM__SIMULTANEOUS_INTERNET_CALLS:
				return simultaneousInternetCalls != SIMULTANEOUS_INTERNET_CALLS_EDEFAULT;
			case EstatePackage.OSBIZ_SYSTEM__STUN_SERVER:
				return STUN_SERVER_EDEFAULT == null ? stunServer != null : !STUN_SERVER_EDEFAULT.equals(stunServer);
			case EstatePackage.OSBIZ_SYSTEM__STUN_PORT:
				return stunPort != STUN_PORT_EDEFAULT;
			case EstatePackage.OSBIZ_SYSTEM__SIP_INTERNET_PORT:
				return sipInternetPort != SIP_INTERNET_PORT_EDEFAULT;
			case EstatePackage.OSBIZ_SYSTEM__SIP_INTERNET_TLS_PORT:
				return sipInternetTlsPort != SIP_INTERNET_TLS_PORT_EDEFAULT;
			case EstatePackage.OSBIZ_SYSTEM__SPE_ENABLED:
				return speEnabled != SPE_ENABLED_EDEFAULT;
			case EstatePackage.OSBIZ_SYSTEM__SPE_MINIMUM_KEY_LENGTH:
				return speMinimumKeyLength != SPE_MINIMUM_KEY_LENGTH_EDEFAULT;
			case EstatePackage.OSBIZ_SYSTEM__SPE_CERTIFICATE_VALIDATION:
				return speCertificateValidation != SPE_CERTIFICATE_VALIDATION_EDEFAULT;
			case EstatePackage.OSBIZ_SYSTEM__SPE_CERTIFICATE:
				return speCertificate != null;
			case EstatePackage.OSBIZ_SYSTEM__DLI_ENABLED:
				return dliEnabled != DLI_ENABLED_EDEFAULT;
			case EstatePackage.OSBIZ_SYSTEM__PASSWORD_POLICY:
				return passwordPolicy != null;
			case EstatePackage.OSBIZ_SYSTEM__HFA_PORT:
				return hfaPort != HFA_PORT_EDEFAULT;
			case EstatePackage.OSBIZ_SYSTEM__HFA_TLS_PORT:
				return hfaTlsPort != HFA_TLS_PORT_EDEFAULT;
			case EstatePackage.OSBIZ_SYSTEM__HTTPS_PORT:
				return httpsPort != HTTPS_PORT_EDEFAULT;
			case EstatePackage.OSBIZ_SYSTEM__RTP_PORT_RANGE:
				return RTP_PORT_RANGE_EDEFAULT == null ? rtpPortRange != null : !RTP_PORT_RANGE_EDEFAULT.equals(rtpPortRange);
			case EstatePackage.OSBIZ_SYSTEM__TLS_FALLBACK_TO_TLS10:
				return tlsFallbackToTls10 != TLS_FALLBACK_TO_TLS10_EDEFAULT;
			case EstatePackage.OSBIZ_SYSTEM__PLANNED_ITSP_CALLS:
				return plannedItspCalls != PLANNED_ITSP_CALLS_EDEFAULT;
			case EstatePackage.OSBIZ_SYSTEM__PLANNED_CIRCUIT_CALLS:
				return plannedCircuitCalls != PLANNED_CIRCUIT_CALLS_EDEFAULT;
			case EstatePackage.OSBIZ_SYSTEM__PLANNED_HOME_CALLS:
				return plannedHomeCalls != PLANNED_HOME_CALLS_EDEFAULT;
			case EstatePackage.OSBIZ_SYSTEM__ACCESS_ROUTER:
				return accessRouter != null;
			case EstatePackage.OSBIZ_SYSTEM__ITSP_TRUNKS:
				return itspTrunks != null && !itspTrunks.isEmpty();
			case EstatePackage.OSBIZ_SYSTEM__STATIONS:
				return stations != null && !stations.isEmpty();
			case EstatePackage.OSBIZ_SYSTEM__DEVICES:
				return devices != null && !devices.isEmpty();
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
		result.append(" (model: ");
		result.append(model);
		result.append(", booster: ");
		result.append(booster);
		result.append(", release: ");
		result.append(release);
		result.append(", sielId: ");
		result.append(sielId);
		result.append(", mac: ");
		result.append(mac);
		result.append(", lan1Address: ");
		result.append(lan1Address);
		result.append(", lan2Address: ");
		result.append(lan2Address);
		result.append(", internetInterface: ");
		result.append(internetInterface);
		result.append(", wanFirewallEnabled: ");
		result.append(wanFirewallEnabled);
		result.append(", publicAddress: ");
		result.append(publicAddress);
		result.append(", publicAddressDynamic: ");
		result.append(publicAddressDynamic);
		result.append(", upstreamKbps: ");
		result.append(upstreamKbps);
		result.append(", simultaneousInternetCalls: ");
		result.append(simultaneousInternetCalls);
		result.append(", stunServer: ");
		result.append(stunServer);
		result.append(", stunPort: ");
		result.append(stunPort);
		result.append(", sipInternetPort: ");
		result.append(sipInternetPort);
		result.append(", sipInternetTlsPort: ");
		result.append(sipInternetTlsPort);
		result.append(", speEnabled: ");
		result.append(speEnabled);
		result.append(", speMinimumKeyLength: ");
		result.append(speMinimumKeyLength);
		result.append(", speCertificateValidation: ");
		result.append(speCertificateValidation);
		result.append(", dliEnabled: ");
		result.append(dliEnabled);
		result.append(", hfaPort: ");
		result.append(hfaPort);
		result.append(", hfaTlsPort: ");
		result.append(hfaTlsPort);
		result.append(", httpsPort: ");
		result.append(httpsPort);
		result.append(", rtpPortRange: ");
		result.append(rtpPortRange);
		result.append(", tlsFallbackToTls10: ");
		result.append(tlsFallbackToTls10);
		result.append(", plannedItspCalls: ");
		result.append(plannedItspCalls);
		result.append(", plannedCircuitCalls: ");
		result.append(plannedCircuitCalls);
		result.append(", plannedHomeCalls: ");
		result.append(plannedHomeCalls);
		result.append(')');
		return result.toString();
	}

} //OsbizSystemImpl
