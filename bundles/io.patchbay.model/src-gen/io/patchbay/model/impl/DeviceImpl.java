/**
 */
package io.patchbay.model.impl;

import io.patchbay.model.Codec;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceModel;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.HomeRouter;
import io.patchbay.model.Place;
import io.patchbay.model.SignallingTransport;
import io.patchbay.model.SoftwareVersion;
import io.patchbay.model.Station;
import io.patchbay.model.TlsRenegotiation;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.impl.DeviceImpl#getModel <em>Model</em>}</li>
 *   <li>{@link io.patchbay.model.impl.DeviceImpl#getFirmware <em>Firmware</em>}</li>
 *   <li>{@link io.patchbay.model.impl.DeviceImpl#getMac <em>Mac</em>}</li>
 *   <li>{@link io.patchbay.model.impl.DeviceImpl#getPlace <em>Place</em>}</li>
 *   <li>{@link io.patchbay.model.impl.DeviceImpl#getStation <em>Station</em>}</li>
 *   <li>{@link io.patchbay.model.impl.DeviceImpl#getHomeRouter <em>Home Router</em>}</li>
 *   <li>{@link io.patchbay.model.impl.DeviceImpl#getGateway <em>Gateway</em>}</li>
 *   <li>{@link io.patchbay.model.impl.DeviceImpl#getGatewayPort <em>Gateway Port</em>}</li>
 *   <li>{@link io.patchbay.model.impl.DeviceImpl#getDlsAddress <em>Dls Address</em>}</li>
 *   <li>{@link io.patchbay.model.impl.DeviceImpl#isTimeFromSystem <em>Time From System</em>}</li>
 *   <li>{@link io.patchbay.model.impl.DeviceImpl#getTransport <em>Transport</em>}</li>
 *   <li>{@link io.patchbay.model.impl.DeviceImpl#getTlsRenegotiation <em>Tls Renegotiation</em>}</li>
 *   <li>{@link io.patchbay.model.impl.DeviceImpl#isStun <em>Stun</em>}</li>
 *   <li>{@link io.patchbay.model.impl.DeviceImpl#isVideo <em>Video</em>}</li>
 *   <li>{@link io.patchbay.model.impl.DeviceImpl#getCodec <em>Codec</em>}</li>
 *   <li>{@link io.patchbay.model.impl.DeviceImpl#isMobileDataVoip <em>Mobile Data Voip</em>}</li>
 *   <li>{@link io.patchbay.model.impl.DeviceImpl#isSrtpSdes <em>Srtp Sdes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceImpl extends NamedElementImpl implements Device {
	/**
	 * The default value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected static final DeviceModel MODEL_EDEFAULT = DeviceModel.OTHER;

	/**
	 * The cached value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected DeviceModel model = MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirmware() <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmware()
	 * @generated
	 * @ordered
	 */
	protected static final SoftwareVersion FIRMWARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirmware() <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmware()
	 * @generated
	 * @ordered
	 */
	protected SoftwareVersion firmware = FIRMWARE_EDEFAULT;

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
	 * The default value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected static final Place PLACE_EDEFAULT = Place.OFFICE;

	/**
	 * The cached value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected Place place = PLACE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStation() <em>Station</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStation()
	 * @generated
	 * @ordered
	 */
	protected Station station;

	/**
	 * The cached value of the '{@link #getHomeRouter() <em>Home Router</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHomeRouter()
	 * @generated
	 * @ordered
	 */
	protected HomeRouter homeRouter;

	/**
	 * The default value of the '{@link #getGateway() <em>Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGateway()
	 * @generated
	 * @ordered
	 */
	protected static final String GATEWAY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGateway() <em>Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGateway()
	 * @generated
	 * @ordered
	 */
	protected String gateway = GATEWAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getGatewayPort() <em>Gateway Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGatewayPort()
	 * @generated
	 * @ordered
	 */
	protected static final int GATEWAY_PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getGatewayPort() <em>Gateway Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGatewayPort()
	 * @generated
	 * @ordered
	 */
	protected int gatewayPort = GATEWAY_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDlsAddress() <em>Dls Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDlsAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String DLS_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDlsAddress() <em>Dls Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDlsAddress()
	 * @generated
	 * @ordered
	 */
	protected String dlsAddress = DLS_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #isTimeFromSystem() <em>Time From System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTimeFromSystem()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TIME_FROM_SYSTEM_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isTimeFromSystem() <em>Time From System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTimeFromSystem()
	 * @generated
	 * @ordered
	 */
	protected boolean timeFromSystem = TIME_FROM_SYSTEM_EDEFAULT;

	/**
	 * The default value of the '{@link #getTransport() <em>Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransport()
	 * @generated
	 * @ordered
	 */
	protected static final SignallingTransport TRANSPORT_EDEFAULT = SignallingTransport.UDP;

	/**
	 * The cached value of the '{@link #getTransport() <em>Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransport()
	 * @generated
	 * @ordered
	 */
	protected SignallingTransport transport = TRANSPORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTlsRenegotiation() <em>Tls Renegotiation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlsRenegotiation()
	 * @generated
	 * @ordered
	 */
	protected static final TlsRenegotiation TLS_RENEGOTIATION_EDEFAULT = TlsRenegotiation.LEGACY;

	/**
	 * The cached value of the '{@link #getTlsRenegotiation() <em>Tls Renegotiation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlsRenegotiation()
	 * @generated
	 * @ordered
	 */
	protected TlsRenegotiation tlsRenegotiation = TLS_RENEGOTIATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isStun() <em>Stun</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStun()
	 * @generated
	 * @ordered
	 */
	protected static final boolean STUN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isStun() <em>Stun</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStun()
	 * @generated
	 * @ordered
	 */
	protected boolean stun = STUN_EDEFAULT;

	/**
	 * The default value of the '{@link #isVideo() <em>Video</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVideo()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VIDEO_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isVideo() <em>Video</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVideo()
	 * @generated
	 * @ordered
	 */
	protected boolean video = VIDEO_EDEFAULT;

	/**
	 * The default value of the '{@link #getCodec() <em>Codec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodec()
	 * @generated
	 * @ordered
	 */
	protected static final Codec CODEC_EDEFAULT = Codec.G711;

	/**
	 * The cached value of the '{@link #getCodec() <em>Codec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodec()
	 * @generated
	 * @ordered
	 */
	protected Codec codec = CODEC_EDEFAULT;

	/**
	 * The default value of the '{@link #isMobileDataVoip() <em>Mobile Data Voip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMobileDataVoip()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MOBILE_DATA_VOIP_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMobileDataVoip() <em>Mobile Data Voip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMobileDataVoip()
	 * @generated
	 * @ordered
	 */
	protected boolean mobileDataVoip = MOBILE_DATA_VOIP_EDEFAULT;

	/**
	 * The default value of the '{@link #isSrtpSdes() <em>Srtp Sdes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSrtpSdes()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SRTP_SDES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSrtpSdes() <em>Srtp Sdes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSrtpSdes()
	 * @generated
	 * @ordered
	 */
	protected boolean srtpSdes = SRTP_SDES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EstatePackage.Literals.DEVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceModel getModel() {
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModel(DeviceModel newModel) {
		DeviceModel oldModel = model;
		model = newModel == null ? MODEL_EDEFAULT : newModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.DEVICE__MODEL, oldModel, model));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SoftwareVersion getFirmware() {
		return firmware;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirmware(SoftwareVersion newFirmware) {
		SoftwareVersion oldFirmware = firmware;
		firmware = newFirmware;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.DEVICE__FIRMWARE, oldFirmware, firmware));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.DEVICE__MAC, oldMac, mac));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Place getPlace() {
		return place;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlace(Place newPlace) {
		Place oldPlace = place;
		place = newPlace == null ? PLACE_EDEFAULT : newPlace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.DEVICE__PLACE, oldPlace, place));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Station getStation() {
		if (station != null && station.eIsProxy()) {
			InternalEObject oldStation = (InternalEObject)station;
			station = (Station)eResolveProxy(oldStation);
			if (station != oldStation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EstatePackage.DEVICE__STATION, oldStation, station));
			}
		}
		return station;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Station basicGetStation() {
		return station;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStation(Station newStation) {
		Station oldStation = station;
		station = newStation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.DEVICE__STATION, oldStation, station));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HomeRouter getHomeRouter() {
		if (homeRouter != null && homeRouter.eIsProxy()) {
			InternalEObject oldHomeRouter = (InternalEObject)homeRouter;
			homeRouter = (HomeRouter)eResolveProxy(oldHomeRouter);
			if (homeRouter != oldHomeRouter) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EstatePackage.DEVICE__HOME_ROUTER, oldHomeRouter, homeRouter));
			}
		}
		return homeRouter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HomeRouter basicGetHomeRouter() {
		return homeRouter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHomeRouter(HomeRouter newHomeRouter) {
		HomeRouter oldHomeRouter = homeRouter;
		homeRouter = newHomeRouter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.DEVICE__HOME_ROUTER, oldHomeRouter, homeRouter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGateway() {
		return gateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGateway(String newGateway) {
		String oldGateway = gateway;
		gateway = newGateway;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.DEVICE__GATEWAY, oldGateway, gateway));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGatewayPort() {
		return gatewayPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGatewayPort(int newGatewayPort) {
		int oldGatewayPort = gatewayPort;
		gatewayPort = newGatewayPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.DEVICE__GATEWAY_PORT, oldGatewayPort, gatewayPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDlsAddress() {
		return dlsAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDlsAddress(String newDlsAddress) {
		String oldDlsAddress = dlsAddress;
		dlsAddress = newDlsAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.DEVICE__DLS_ADDRESS, oldDlsAddress, dlsAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTimeFromSystem() {
		return timeFromSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeFromSystem(boolean newTimeFromSystem) {
		boolean oldTimeFromSystem = timeFromSystem;
		timeFromSystem = newTimeFromSystem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.DEVICE__TIME_FROM_SYSTEM, oldTimeFromSystem, timeFromSystem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignallingTransport getTransport() {
		return transport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTransport(SignallingTransport newTransport) {
		SignallingTransport oldTransport = transport;
		transport = newTransport == null ? TRANSPORT_EDEFAULT : newTransport;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.DEVICE__TRANSPORT, oldTransport, transport));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TlsRenegotiation getTlsRenegotiation() {
		return tlsRenegotiation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTlsRenegotiation(TlsRenegotiation newTlsRenegotiation) {
		TlsRenegotiation oldTlsRenegotiation = tlsRenegotiation;
		tlsRenegotiation = newTlsRenegotiation == null ? TLS_RENEGOTIATION_EDEFAULT : newTlsRenegotiation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.DEVICE__TLS_RENEGOTIATION, oldTlsRenegotiation, tlsRenegotiation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isStun() {
		return stun;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStun(boolean newStun) {
		boolean oldStun = stun;
		stun = newStun;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.DEVICE__STUN, oldStun, stun));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVideo() {
		return video;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVideo(boolean newVideo) {
		boolean oldVideo = video;
		video = newVideo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.DEVICE__VIDEO, oldVideo, video));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Codec getCodec() {
		return codec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCodec(Codec newCodec) {
		Codec oldCodec = codec;
		codec = newCodec == null ? CODEC_EDEFAULT : newCodec;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.DEVICE__CODEC, oldCodec, codec));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMobileDataVoip() {
		return mobileDataVoip;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMobileDataVoip(boolean newMobileDataVoip) {
		boolean oldMobileDataVoip = mobileDataVoip;
		mobileDataVoip = newMobileDataVoip;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.DEVICE__MOBILE_DATA_VOIP, oldMobileDataVoip, mobileDataVoip));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSrtpSdes() {
		return srtpSdes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSrtpSdes(boolean newSrtpSdes) {
		boolean oldSrtpSdes = srtpSdes;
		srtpSdes = newSrtpSdes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.DEVICE__SRTP_SDES, oldSrtpSdes, srtpSdes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EstatePackage.DEVICE__MODEL:
				return getModel();
			case EstatePackage.DEVICE__FIRMWARE:
				return getFirmware();
			case EstatePackage.DEVICE__MAC:
				return getMac();
			case EstatePackage.DEVICE__PLACE:
				return getPlace();
			case EstatePackage.DEVICE__STATION:
				if (resolve) return getStation();
				return basicGetStation();
			case EstatePackage.DEVICE__HOME_ROUTER:
				if (resolve) return getHomeRouter();
				return basicGetHomeRouter();
			case EstatePackage.DEVICE__GATEWAY:
				return getGateway();
			case EstatePackage.DEVICE__GATEWAY_PORT:
				return getGatewayPort();
			case EstatePackage.DEVICE__DLS_ADDRESS:
				return getDlsAddress();
			case EstatePackage.DEVICE__TIME_FROM_SYSTEM:
				return isTimeFromSystem();
			case EstatePackage.DEVICE__TRANSPORT:
				return getTransport();
			case EstatePackage.DEVICE__TLS_RENEGOTIATION:
				return getTlsRenegotiation();
			case EstatePackage.DEVICE__STUN:
				return isStun();
			case EstatePackage.DEVICE__VIDEO:
				return isVideo();
			case EstatePackage.DEVICE__CODEC:
				return getCodec();
			case EstatePackage.DEVICE__MOBILE_DATA_VOIP:
				return isMobileDataVoip();
			case EstatePackage.DEVICE__SRTP_SDES:
				return isSrtpSdes();
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
			case EstatePackage.DEVICE__MODEL:
				setModel((DeviceModel)newValue);
				return;
			case EstatePackage.DEVICE__FIRMWARE:
				setFirmware((SoftwareVersion)newValue);
				return;
			case EstatePackage.DEVICE__MAC:
				setMac((String)newValue);
				return;
			case EstatePackage.DEVICE__PLACE:
				setPlace((Place)newValue);
				return;
			case EstatePackage.DEVICE__STATION:
				setStation((Station)newValue);
				return;
			case EstatePackage.DEVICE__HOME_ROUTER:
				setHomeRouter((HomeRouter)newValue);
				return;
			case EstatePackage.DEVICE__GATEWAY:
				setGateway((String)newValue);
				return;
			case EstatePackage.DEVICE__GATEWAY_PORT:
				setGatewayPort((Integer)newValue);
				return;
			case EstatePackage.DEVICE__DLS_ADDRESS:
				setDlsAddress((String)newValue);
				return;
			case EstatePackage.DEVICE__TIME_FROM_SYSTEM:
				setTimeFromSystem((Boolean)newValue);
				return;
			case EstatePackage.DEVICE__TRANSPORT:
				setTransport((SignallingTransport)newValue);
				return;
			case EstatePackage.DEVICE__TLS_RENEGOTIATION:
				setTlsRenegotiation((TlsRenegotiation)newValue);
				return;
			case EstatePackage.DEVICE__STUN:
				setStun((Boolean)newValue);
				return;
			case EstatePackage.DEVICE__VIDEO:
				setVideo((Boolean)newValue);
				return;
			case EstatePackage.DEVICE__CODEC:
				setCodec((Codec)newValue);
				return;
			case EstatePackage.DEVICE__MOBILE_DATA_VOIP:
				setMobileDataVoip((Boolean)newValue);
				return;
			case EstatePackage.DEVICE__SRTP_SDES:
				setSrtpSdes((Boolean)newValue);
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
			case EstatePackage.DEVICE__MODEL:
				setModel(MODEL_EDEFAULT);
				return;
			case EstatePackage.DEVICE__FIRMWARE:
				setFirmware(FIRMWARE_EDEFAULT);
				return;
			case EstatePackage.DEVICE__MAC:
				setMac(MAC_EDEFAULT);
				return;
			case EstatePackage.DEVICE__PLACE:
				setPlace(PLACE_EDEFAULT);
				return;
			case EstatePackage.DEVICE__STATION:
				setStation((Station)null);
				return;
			case EstatePackage.DEVICE__HOME_ROUTER:
				setHomeRouter((HomeRouter)null);
				return;
			case EstatePackage.DEVICE__GATEWAY:
				setGateway(GATEWAY_EDEFAULT);
				return;
			case EstatePackage.DEVICE__GATEWAY_PORT:
				setGatewayPort(GATEWAY_PORT_EDEFAULT);
				return;
			case EstatePackage.DEVICE__DLS_ADDRESS:
				setDlsAddress(DLS_ADDRESS_EDEFAULT);
				return;
			case EstatePackage.DEVICE__TIME_FROM_SYSTEM:
				setTimeFromSystem(TIME_FROM_SYSTEM_EDEFAULT);
				return;
			case EstatePackage.DEVICE__TRANSPORT:
				setTransport(TRANSPORT_EDEFAULT);
				return;
			case EstatePackage.DEVICE__TLS_RENEGOTIATION:
				setTlsRenegotiation(TLS_RENEGOTIATION_EDEFAULT);
				return;
			case EstatePackage.DEVICE__STUN:
				setStun(STUN_EDEFAULT);
				return;
			case EstatePackage.DEVICE__VIDEO:
				setVideo(VIDEO_EDEFAULT);
				return;
			case EstatePackage.DEVICE__CODEC:
				setCodec(CODEC_EDEFAULT);
				return;
			case EstatePackage.DEVICE__MOBILE_DATA_VOIP:
				setMobileDataVoip(MOBILE_DATA_VOIP_EDEFAULT);
				return;
			case EstatePackage.DEVICE__SRTP_SDES:
				setSrtpSdes(SRTP_SDES_EDEFAULT);
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
			case EstatePackage.DEVICE__MODEL:
				return model != MODEL_EDEFAULT;
			case EstatePackage.DEVICE__FIRMWARE:
				return FIRMWARE_EDEFAULT == null ? firmware != null : !FIRMWARE_EDEFAULT.equals(firmware);
			case EstatePackage.DEVICE__MAC:
				return MAC_EDEFAULT == null ? mac != null : !MAC_EDEFAULT.equals(mac);
			case EstatePackage.DEVICE__PLACE:
				return place != PLACE_EDEFAULT;
			case EstatePackage.DEVICE__STATION:
				return station != null;
			case EstatePackage.DEVICE__HOME_ROUTER:
				return homeRouter != null;
			case EstatePackage.DEVICE__GATEWAY:
				return GATEWAY_EDEFAULT == null ? gateway != null : !GATEWAY_EDEFAULT.equals(gateway);
			case EstatePackage.DEVICE__GATEWAY_PORT:
				return gatewayPort != GATEWAY_PORT_EDEFAULT;
			case EstatePackage.DEVICE__DLS_ADDRESS:
				return DLS_ADDRESS_EDEFAULT == null ? dlsAddress != null : !DLS_ADDRESS_EDEFAULT.equals(dlsAddress);
			case EstatePackage.DEVICE__TIME_FROM_SYSTEM:
				return timeFromSystem != TIME_FROM_SYSTEM_EDEFAULT;
			case EstatePackage.DEVICE__TRANSPORT:
				return transport != TRANSPORT_EDEFAULT;
			case EstatePackage.DEVICE__TLS_RENEGOTIATION:
				return tlsRenegotiation != TLS_RENEGOTIATION_EDEFAULT;
			case EstatePackage.DEVICE__STUN:
				return stun != STUN_EDEFAULT;
			case EstatePackage.DEVICE__VIDEO:
				return video != VIDEO_EDEFAULT;
			case EstatePackage.DEVICE__CODEC:
				return codec != CODEC_EDEFAULT;
			case EstatePackage.DEVICE__MOBILE_DATA_VOIP:
				return mobileDataVoip != MOBILE_DATA_VOIP_EDEFAULT;
			case EstatePackage.DEVICE__SRTP_SDES:
				return srtpSdes != SRTP_SDES_EDEFAULT;
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
		result.append(", firmware: ");
		result.append(firmware);
		result.append(", mac: ");
		result.append(mac);
		result.append(", place: ");
		result.append(place);
		result.append(", gateway: ");
		result.append(gateway);
		result.append(", gatewayPort: ");
		result.append(gatewayPort);
		result.append(", dlsAddress: ");
		result.append(dlsAddress);
		result.append(", timeFromSystem: ");
		result.append(timeFromSystem);
		result.append(", transport: ");
		result.append(transport);
		result.append(", tlsRenegotiation: ");
		result.append(tlsRenegotiation);
		result.append(", stun: ");
		result.append(stun);
		result.append(", video: ");
		result.append(video);
		result.append(", codec: ");
		result.append(codec);
		result.append(", mobileDataVoip: ");
		result.append(mobileDataVoip);
		result.append(", srtpSdes: ");
		result.append(srtpSdes);
		result.append(')');
		return result.toString();
	}

} //DeviceImpl
