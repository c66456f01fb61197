/**
 */
package io.patchbay.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Osbiz System</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An OpenScape Business communication system.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.OsbizSystem#getModel <em>Model</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getBooster <em>Booster</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getRelease <em>Release</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getSielId <em>Siel Id</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getMac <em>Mac</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getLan1Address <em>Lan1 Address</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getLan2Address <em>Lan2 Address</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getInternetInterface <em>Internet Interface</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#isWanFirewallEnabled <em>Wan Firewall Enabled</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getPublicAddress <em>Public Address</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#isPublicAddressDynamic <em>Public Address Dynamic</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getUpstreamKbps <em>Upstream Kbps</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getSimultaneousInternetCalls <em>Simultaneous Internet Calls</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getStunServer <em>Stun Server</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getStunPort <em>Stun Port</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getSipInternetPort <em>Sip Internet Port</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getSipInternetTlsPort <em>Sip Internet Tls Port</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#isSpeEnabled <em>Spe Enabled</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getSpeMinimumKeyLength <em>Spe Minimum Key Length</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#isSpeCertificateValidation <em>Spe Certificate Validation</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getSpeCertificate <em>Spe Certificate</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#isDliEnabled <em>Dli Enabled</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getPasswordPolicy <em>Password Policy</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getHfaPort <em>Hfa Port</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getHfaTlsPort <em>Hfa Tls Port</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getHttpsPort <em>Https Port</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getRtpPortRange <em>Rtp Port Range</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#isTlsFallbackToTls10 <em>Tls Fallback To Tls10</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getPlannedItspCalls <em>Planned Itsp Calls</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getPlannedCircuitCalls <em>Planned Circuit Calls</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getPlannedHomeCalls <em>Planned Home Calls</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getAccessRouter <em>Access Router</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getItspTrunks <em>Itsp Trunks</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getStations <em>Stations</em>}</li>
 *   <li>{@link io.patchbay.model.OsbizSystem#getDevices <em>Devices</em>}</li>
 * </ul>
 *
 * @see io.patchbay.model.EstatePackage#getOsbizSystem()
 * @model
 * @generated
 */
public interface OsbizSystem extends ManagedDevice {
	/**
	 * Returns the value of the '<em><b>Model</b></em>' attribute.
	 * The literals are from the enumeration {@link io.patchbay.model.SystemModel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model</em>' attribute.
	 * @see io.patchbay.model.SystemModel
	 * @see #setModel(SystemModel)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_Model()
	 * @model
	 * @generated
	 */
	SystemModel getModel();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getModel <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' attribute.
	 * @see io.patchbay.model.SystemModel
	 * @see #getModel()
	 * @generated
	 */
	void setModel(SystemModel value);

	/**
	 * Returns the value of the '<em><b>Booster</b></em>' attribute.
	 * The literals are from the enumeration {@link io.patchbay.model.Booster}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Booster</em>' attribute.
	 * @see io.patchbay.model.Booster
	 * @see #setBooster(Booster)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_Booster()
	 * @model
	 * @generated
	 */
	Booster getBooster();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getBooster <em>Booster</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Booster</em>' attribute.
	 * @see io.patchbay.model.Booster
	 * @see #getBooster()
	 * @generated
	 */
	void setBooster(Booster value);

	/**
	 * Returns the value of the '<em><b>Release</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Software release as the vendor writes it, e.g. V1R3.2, V2R6, V2R7.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Release</em>' attribute.
	 * @see #setRelease(SoftwareVersion)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_Release()
	 * @model dataType="io.patchbay.model.SoftwareVersion"
	 * @generated
	 */
	SoftwareVersion getRelease();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getRelease <em>Release</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Release</em>' attribute.
	 * @see #getRelease()
	 * @generated
	 */
	void setRelease(SoftwareVersion value);

	/**
	 * Returns the value of the '<em><b>Siel Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Siel Id</em>' attribute.
	 * @see #setSielId(String)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_SielId()
	 * @model
	 * @generated
	 */
	String getSielId();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getSielId <em>Siel Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Siel Id</em>' attribute.
	 * @see #getSielId()
	 * @generated
	 */
	void setSielId(String value);

	/**
	 * Returns the value of the '<em><b>Mac</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mac</em>' attribute.
	 * @see #setMac(String)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_Mac()
	 * @model
	 * @generated
	 */
	String getMac();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getMac <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mac</em>' attribute.
	 * @see #getMac()
	 * @generated
	 */
	void setMac(String value);

	/**
	 * Returns the value of the '<em><b>Lan1 Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Address of the LAN1 (= WAN) interface.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lan1 Address</em>' attribute.
	 * @see #setLan1Address(String)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_Lan1Address()
	 * @model
	 * @generated
	 */
	String getLan1Address();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getLan1Address <em>Lan1 Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lan1 Address</em>' attribute.
	 * @see #getLan1Address()
	 * @generated
	 */
	void setLan1Address(String value);

	/**
	 * Returns the value of the '<em><b>Lan2 Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lan2 Address</em>' attribute.
	 * @see #setLan2Address(String)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_Lan2Address()
	 * @model
	 * @generated
	 */
	String getLan2Address();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getLan2Address <em>Lan2 Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lan2 Address</em>' attribute.
	 * @see #getLan2Address()
	 * @generated
	 */
	void setLan2Address(String value);

	/**
	 * Returns the value of the '<em><b>Internet Interface</b></em>' attribute.
	 * The literals are from the enumeration {@link io.patchbay.model.LanInterface}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The interface that faces the internet (F-01, F-02, F-21).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Internet Interface</em>' attribute.
	 * @see io.patchbay.model.LanInterface
	 * @see #setInternetInterface(LanInterface)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_InternetInterface()
	 * @model
	 * @generated
	 */
	LanInterface getInternetInterface();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getInternetInterface <em>Internet Interface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Internet Interface</em>' attribute.
	 * @see io.patchbay.model.LanInterface
	 * @see #getInternetInterface()
	 * @generated
	 */
	void setInternetInterface(LanInterface value);

	/**
	 * Returns the value of the '<em><b>Wan Firewall Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the system's own firewall is on for LAN1/WAN (F-21).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wan Firewall Enabled</em>' attribute.
	 * @see #setWanFirewallEnabled(boolean)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_WanFirewallEnabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isWanFirewallEnabled();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#isWanFirewallEnabled <em>Wan Firewall Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wan Firewall Enabled</em>' attribute.
	 * @see #isWanFirewallEnabled()
	 * @generated
	 */
	void setWanFirewallEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Public Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Public IPv4 address or DNS name (DynDNS allowed) under which devices on the internet reach the system.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Public Address</em>' attribute.
	 * @see #setPublicAddress(String)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_PublicAddress()
	 * @model
	 * @generated
	 */
	String getPublicAddress();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getPublicAddress <em>Public Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Public Address</em>' attribute.
	 * @see #getPublicAddress()
	 * @generated
	 */
	void setPublicAddress(String value);

	/**
	 * Returns the value of the '<em><b>Public Address Dynamic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the public IPv4 address changes (then a DynDNS name is needed, F-18).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Public Address Dynamic</em>' attribute.
	 * @see #setPublicAddressDynamic(boolean)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_PublicAddressDynamic()
	 * @model
	 * @generated
	 */
	boolean isPublicAddressDynamic();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#isPublicAddressDynamic <em>Public Address Dynamic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Public Address Dynamic</em>' attribute.
	 * @see #isPublicAddressDynamic()
	 * @generated
	 */
	void setPublicAddressDynamic(boolean value);

	/**
	 * Returns the value of the '<em><b>Upstream Kbps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * "Upstream up to (Kbps)" of the internet connection.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Upstream Kbps</em>' attribute.
	 * @see #setUpstreamKbps(int)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_UpstreamKbps()
	 * @model
	 * @generated
	 */
	int getUpstreamKbps();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getUpstreamKbps <em>Upstream Kbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Upstream Kbps</em>' attribute.
	 * @see #getUpstreamKbps()
	 * @generated
	 */
	void setUpstreamKbps(int value);

	/**
	 * Returns the value of the '<em><b>Simultaneous Internet Calls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * "Number of simultaneous internet calls"; must be greater than 0 (F-06).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Simultaneous Internet Calls</em>' attribute.
	 * @see #setSimultaneousInternetCalls(int)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_SimultaneousInternetCalls()
	 * @model
	 * @generated
	 */
	int getSimultaneousInternetCalls();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getSimultaneousInternetCalls <em>Simultaneous Internet Calls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Simultaneous Internet Calls</em>' attribute.
	 * @see #getSimultaneousInternetCalls()
	 * @generated
	 */
	void setSimultaneousInternetCalls(int value);

	/**
	 * Returns the value of the '<em><b>Stun Server</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default STUN server (host name or address), used when no ITSP trunk has its own (F-05).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stun Server</em>' attribute.
	 * @see #setStunServer(String)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_StunServer()
	 * @model
	 * @generated
	 */
	String getStunServer();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getStunServer <em>Stun Server</em>}' attribute.
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
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_StunPort()
	 * @model default="3478"
	 * @generated
	 */
	int getStunPort();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getStunPort <em>Stun Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stun Port</em>' attribute.
	 * @see #getStunPort()
	 * @generated
	 */
	void setStunPort(int value);

	/**
	 * Returns the value of the '<em><b>Sip Internet Port</b></em>' attribute.
	 * The default value is <code>"5070"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * External SIP port for UDP/TCP (5070 since V2R3; systems migrated from older releases may still use 5060, F-22).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sip Internet Port</em>' attribute.
	 * @see #setSipInternetPort(int)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_SipInternetPort()
	 * @model default="5070"
	 * @generated
	 */
	int getSipInternetPort();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getSipInternetPort <em>Sip Internet Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sip Internet Port</em>' attribute.
	 * @see #getSipInternetPort()
	 * @generated
	 */
	void setSipInternetPort(int value);

	/**
	 * Returns the value of the '<em><b>Sip Internet Tls Port</b></em>' attribute.
	 * The default value is <code>"5071"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * External SIP TLS port (5071 since V2R3; older: 5062, F-22).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sip Internet Tls Port</em>' attribute.
	 * @see #setSipInternetTlsPort(int)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_SipInternetTlsPort()
	 * @model default="5071"
	 * @generated
	 */
	int getSipInternetTlsPort();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getSipInternetTlsPort <em>Sip Internet Tls Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sip Internet Tls Port</em>' attribute.
	 * @see #getSipInternetTlsPort()
	 * @generated
	 */
	void setSipInternetTlsPort(int value);

	/**
	 * Returns the value of the '<em><b>Spe Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * System flag for signalling and payload encryption; changing it needs a system restart (F-32).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spe Enabled</em>' attribute.
	 * @see #setSpeEnabled(boolean)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_SpeEnabled()
	 * @model
	 * @generated
	 */
	boolean isSpeEnabled();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#isSpeEnabled <em>Spe Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spe Enabled</em>' attribute.
	 * @see #isSpeEnabled()
	 * @generated
	 */
	void setSpeEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Spe Minimum Key Length</b></em>' attribute.
	 * The default value is <code>"2048"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Spe Minimum Key Length</em>' attribute.
	 * @see #setSpeMinimumKeyLength(int)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_SpeMinimumKeyLength()
	 * @model default="2048"
	 * @generated
	 */
	int getSpeMinimumKeyLength();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getSpeMinimumKeyLength <em>Spe Minimum Key Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spe Minimum Key Length</em>' attribute.
	 * @see #getSpeMinimumKeyLength()
	 * @generated
	 */
	void setSpeMinimumKeyLength(int value);

	/**
	 * Returns the value of the '<em><b>Spe Certificate Validation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Spe Certificate Validation</em>' attribute.
	 * @see #setSpeCertificateValidation(boolean)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_SpeCertificateValidation()
	 * @model
	 * @generated
	 */
	boolean isSpeCertificateValidation();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#isSpeCertificateValidation <em>Spe Certificate Validation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spe Certificate Validation</em>' attribute.
	 * @see #isSpeCertificateValidation()
	 * @generated
	 */
	void setSpeCertificateValidation(boolean value);

	/**
	 * Returns the value of the '<em><b>Spe Certificate</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The server (peer) certificate in the SPE certificate store (F-31).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spe Certificate</em>' reference.
	 * @see #setSpeCertificate(Certificate)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_SpeCertificate()
	 * @model
	 * @generated
	 */
	Certificate getSpeCertificate();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getSpeCertificate <em>Spe Certificate</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spe Certificate</em>' reference.
	 * @see #getSpeCertificate()
	 * @generated
	 */
	void setSpeCertificate(Certificate value);

	/**
	 * Returns the value of the '<em><b>Dli Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Software deployment (DLI) to devices at home; off by default since V2R6 (F-11).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dli Enabled</em>' attribute.
	 * @see #setDliEnabled(boolean)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_DliEnabled()
	 * @model
	 * @generated
	 */
	boolean isDliEnabled();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#isDliEnabled <em>Dli Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dli Enabled</em>' attribute.
	 * @see #isDliEnabled()
	 * @generated
	 */
	void setDliEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Password Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The system's password policy for station passwords (F-07, F-20); empty if not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Password Policy</em>' containment reference.
	 * @see #setPasswordPolicy(PasswordPolicy)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_PasswordPolicy()
	 * @model containment="true"
	 * @generated
	 */
	PasswordPolicy getPasswordPolicy();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getPasswordPolicy <em>Password Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Password Policy</em>' containment reference.
	 * @see #getPasswordPolicy()
	 * @generated
	 */
	void setPasswordPolicy(PasswordPolicy value);

	/**
	 * Returns the value of the '<em><b>Hfa Port</b></em>' attribute.
	 * The default value is <code>"4062"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * HFA signalling port (TCP); must stay 4062 (F-08).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hfa Port</em>' attribute.
	 * @see #setHfaPort(int)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_HfaPort()
	 * @model default="4062"
	 * @generated
	 */
	int getHfaPort();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getHfaPort <em>Hfa Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hfa Port</em>' attribute.
	 * @see #getHfaPort()
	 * @generated
	 */
	void setHfaPort(int value);

	/**
	 * Returns the value of the '<em><b>Hfa Tls Port</b></em>' attribute.
	 * The default value is <code>"4063"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * HFA-TLS signalling port; must stay 4063 (F-08).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hfa Tls Port</em>' attribute.
	 * @see #setHfaTlsPort(int)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_HfaTlsPort()
	 * @model default="4063"
	 * @generated
	 */
	int getHfaTlsPort();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getHfaTlsPort <em>Hfa Tls Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hfa Tls Port</em>' attribute.
	 * @see #getHfaTlsPort()
	 * @generated
	 */
	void setHfaTlsPort(int value);

	/**
	 * Returns the value of the '<em><b>Https Port</b></em>' attribute.
	 * The default value is <code>"8802"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * HTTPS port for myPortal to go, myPortal @work and DeskPhone CP 400/600; must stay 8802 (F-08).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Https Port</em>' attribute.
	 * @see #setHttpsPort(int)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_HttpsPort()
	 * @model default="8802"
	 * @generated
	 */
	int getHttpsPort();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getHttpsPort <em>Https Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Https Port</em>' attribute.
	 * @see #getHttpsPort()
	 * @generated
	 */
	void setHttpsPort(int value);

	/**
	 * Returns the value of the '<em><b>Rtp Port Range</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RTP port range; empty means the model's default, UDP 30274-30529 on X1/X3/X5/X8 and 30528-30887 on S (F-09).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rtp Port Range</em>' attribute.
	 * @see #setRtpPortRange(PortRange)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_RtpPortRange()
	 * @model dataType="io.patchbay.model.PortRange"
	 * @generated
	 */
	PortRange getRtpPortRange();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getRtpPortRange <em>Rtp Port Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rtp Port Range</em>' attribute.
	 * @see #getRtpPortRange()
	 * @generated
	 */
	void setRtpPortRange(PortRange value);

	/**
	 * Returns the value of the '<em><b>Tls Fallback To Tls10</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the system lets old devices fall back to TLS 1.0 (V2R6 only; a risk, F-14).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tls Fallback To Tls10</em>' attribute.
	 * @see #setTlsFallbackToTls10(boolean)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_TlsFallbackToTls10()
	 * @model
	 * @generated
	 */
	boolean isTlsFallbackToTls10();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#isTlsFallbackToTls10 <em>Tls Fallback To Tls10</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tls Fallback To Tls10</em>' attribute.
	 * @see #isTlsFallbackToTls10()
	 * @generated
	 */
	void setTlsFallbackToTls10(boolean value);

	/**
	 * Returns the value of the '<em><b>Planned Itsp Calls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planned concurrent ITSP calls: each takes an RTP proxy channel (F-15).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planned Itsp Calls</em>' attribute.
	 * @see #setPlannedItspCalls(int)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_PlannedItspCalls()
	 * @model
	 * @generated
	 */
	int getPlannedItspCalls();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getPlannedItspCalls <em>Planned Itsp Calls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Itsp Calls</em>' attribute.
	 * @see #getPlannedItspCalls()
	 * @generated
	 */
	void setPlannedItspCalls(int value);

	/**
	 * Returns the value of the '<em><b>Planned Circuit Calls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planned concurrent Circuit calls: each takes an RTP proxy channel (F-15).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planned Circuit Calls</em>' attribute.
	 * @see #setPlannedCircuitCalls(int)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_PlannedCircuitCalls()
	 * @model
	 * @generated
	 */
	int getPlannedCircuitCalls();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getPlannedCircuitCalls <em>Planned Circuit Calls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Circuit Calls</em>' attribute.
	 * @see #getPlannedCircuitCalls()
	 * @generated
	 */
	void setPlannedCircuitCalls(int value);

	/**
	 * Returns the value of the '<em><b>Planned Home Calls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planned concurrent calls of devices at home (System Device@Home, SIP Device@Home, myPortal to go VoIP): each takes an RTP proxy channel (F-15).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planned Home Calls</em>' attribute.
	 * @see #setPlannedHomeCalls(int)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_PlannedHomeCalls()
	 * @model
	 * @generated
	 */
	int getPlannedHomeCalls();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getPlannedHomeCalls <em>Planned Home Calls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Home Calls</em>' attribute.
	 * @see #getPlannedHomeCalls()
	 * @generated
	 */
	void setPlannedHomeCalls(int value);

	/**
	 * Returns the value of the '<em><b>Access Router</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The router that connects the system to the internet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Access Router</em>' reference.
	 * @see #setAccessRouter(Router)
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_AccessRouter()
	 * @model
	 * @generated
	 */
	Router getAccessRouter();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OsbizSystem#getAccessRouter <em>Access Router</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Access Router</em>' reference.
	 * @see #getAccessRouter()
	 * @generated
	 */
	void setAccessRouter(Router value);

	/**
	 * Returns the value of the '<em><b>Itsp Trunks</b></em>' containment reference list.
	 * The list contents are of type {@link io.patchbay.model.ItspTrunk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Itsp Trunks</em>' containment reference list.
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_ItspTrunks()
	 * @model containment="true"
	 * @generated
	 */
	EList<ItspTrunk> getItspTrunks();

	/**
	 * Returns the value of the '<em><b>Stations</b></em>' containment reference list.
	 * The list contents are of type {@link io.patchbay.model.Station}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stations</em>' containment reference list.
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_Stations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Station> getStations();

	/**
	 * Returns the value of the '<em><b>Devices</b></em>' containment reference list.
	 * The list contents are of type {@link io.patchbay.model.Device}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Devices</em>' containment reference list.
	 * @see io.patchbay.model.EstatePackage#getOsbizSystem_Devices()
	 * @model containment="true"
	 * @generated
	 */
	EList<Device> getDevices();

} // OsbizSystem
