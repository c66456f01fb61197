/**
 */
package io.patchbay.model.impl;

import io.patchbay.model.*;

import java.time.Instant;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class EstateFactoryImpl extends EFactoryImpl implements EstateFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static EstateFactory init() {
		try {
			EstateFactory theEstateFactory = (EstateFactory)EPackage.Registry.INSTANCE.getEFactory(EstatePackage.eNS_URI);
			if (theEstateFactory != null) {
				return theEstateFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new EstateFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EstateFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case EstatePackage.ESTATE: return createEstate();
			case EstatePackage.CUSTOMER: return createCustomer();
			case EstatePackage.SITE: return createSite();
			case EstatePackage.OSBIZ_SYSTEM: return createOsbizSystem();
			case EstatePackage.ITSP_TRUNK: return createItspTrunk();
			case EstatePackage.STATION: return createStation();
			case EstatePackage.DEVICE: return createDevice();
			case EstatePackage.COMPANY_ROUTER: return createCompanyRouter();
			case EstatePackage.PORT_FORWARDING_RULE: return createPortForwardingRule();
			case EstatePackage.HOME_ROUTER: return createHomeRouter();
			case EstatePackage.BUFFALO_ROUTER: return createBuffaloRouter();
			case EstatePackage.RSIP_SERVER: return createRsipServer();
			case EstatePackage.RSIP_CLIENT: return createRsipClient();
			case EstatePackage.RSIP_BIND: return createRsipBind();
			case EstatePackage.CERTIFICATE: return createCertificate();
			case EstatePackage.SERVICELINK_IDENTITY: return createServicelinkIdentity();
			case EstatePackage.PASSWORD_POLICY: return createPasswordPolicy();
			case EstatePackage.OUTBOUND_ALLOWANCE: return createOutboundAllowance();
			case EstatePackage.SERVICELINK_ENDPOINT: return createServicelinkEndpoint();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case EstatePackage.SYSTEM_MODEL:
				return createSystemModelFromString(eDataType, initialValue);
			case EstatePackage.BOOSTER:
				return createBoosterFromString(eDataType, initialValue);
			case EstatePackage.LAN_INTERFACE:
				return createLanInterfaceFromString(eDataType, initialValue);
			case EstatePackage.STATION_TYPE:
				return createStationTypeFromString(eDataType, initialValue);
			case EstatePackage.CLASS_OF_SERVICE:
				return createClassOfServiceFromString(eDataType, initialValue);
			case EstatePackage.DEVICE_MODEL:
				return createDeviceModelFromString(eDataType, initialValue);
			case EstatePackage.PLACE:
				return createPlaceFromString(eDataType, initialValue);
			case EstatePackage.NAT_TYPE:
				return createNatTypeFromString(eDataType, initialValue);
			case EstatePackage.SIP_ALG:
				return createSipAlgFromString(eDataType, initialValue);
			case EstatePackage.TRANSPORT_PROTOCOL:
				return createTransportProtocolFromString(eDataType, initialValue);
			case EstatePackage.RSIP_MODE:
				return createRsipModeFromString(eDataType, initialValue);
			case EstatePackage.RSIP_TUNNEL:
				return createRsipTunnelFromString(eDataType, initialValue);
			case EstatePackage.CERTIFICATE_KIND:
				return createCertificateKindFromString(eDataType, initialValue);
			case EstatePackage.SIGNATURE_ALGORITHM:
				return createSignatureAlgorithmFromString(eDataType, initialValue);
			case EstatePackage.SIGNALLING_TRANSPORT:
				return createSignallingTransportFromString(eDataType, initialValue);
			case EstatePackage.TLS_RENEGOTIATION:
				return createTlsRenegotiationFromString(eDataType, initialValue);
			case EstatePackage.CODEC:
				return createCodecFromString(eDataType, initialValue);
			case EstatePackage.PORT_RANGE:
				return createPortRangeFromString(eDataType, initialValue);
			case EstatePackage.INSTANT:
				return createInstantFromString(eDataType, initialValue);
			case EstatePackage.SOFTWARE_VERSION:
				return createSoftwareVersionFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case EstatePackage.SYSTEM_MODEL:
				return convertSystemModelToString(eDataType, instanceValue);
			case EstatePackage.BOOSTER:
				return convertBoosterToString(eDataType, instanceValue);
			case EstatePackage.LAN_INTERFACE:
				return convertLanInterfaceToString(eDataType, instanceValue);
			case EstatePackage.STATION_TYPE:
				return convertStationTypeToString(eDataType, instanceValue);
			case EstatePackage.CLASS_OF_SERVICE:
				return convertClassOfServiceToString(eDataType, instanceValue);
			case EstatePackage.DEVICE_MODEL:
				return convertDeviceModelToString(eDataType, instanceValue);
			case EstatePackage.PLACE:
				return convertPlaceToString(eDataType, instanceValue);
			case EstatePackage.NAT_TYPE:
				return convertNatTypeToString(eDataType, instanceValue);
			case EstatePackage.SIP_ALG:
				return convertSipAlgToString(eDataType, instanceValue);
			case EstatePackage.TRANSPORT_PROTOCOL:
				return convertTransportProtocolToString(eDataType, instanceValue);
			case EstatePackage.RSIP_MODE:
				return convertRsipModeToString(eDataType, instanceValue);
			case EstatePackage.RSIP_TUNNEL:
				return convertRsipTunnelToString(eDataType, instanceValue);
			case EstatePackage.CERTIFICATE_KIND:
				return convertCertificateKindToString(eDataType, instanceValue);
			case EstatePackage.SIGNATURE_ALGORITHM:
				return convertSignatureAlgorithmToString(eDataType, instanceValue);
			case EstatePackage.SIGNALLING_TRANSPORT:
				return convertSignallingTransportToString(eDataType, instanceValue);
			case EstatePackage.TLS_RENEGOTIATION:
				return convertTlsRenegotiationToString(eDataType, instanceValue);
			case EstatePackage.CODEC:
				return convertCodecToString(eDataType, instanceValue);
			case EstatePackage.PORT_RANGE:
				return convertPortRangeToString(eDataType, instanceValue);
			case EstatePackage.INSTANT:
				return convertInstantToString(eDataType, instanceValue);
			case EstatePackage.SOFTWARE_VERSION:
				return convertSoftwareVersionToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Estate createEstate() {
		EstateImpl estate = new EstateImpl();
		return estate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Customer createCustomer() {
		CustomerImpl customer = new CustomerImpl();
		return customer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site createSite() {
		SiteImpl site = new SiteImpl();
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsbizSystem createOsbizSystem() {
		OsbizSystemImpl osbizSystem = new OsbizSystemImpl();
		return osbizSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItspTrunk createItspTrunk() {
		ItspTrunkImpl itspTrunk = new ItspTrunkImpl();
		return itspTrunk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Station createStation() {
		StationImpl station = new StationImpl();
		return station;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device createDevice() {
		DeviceImpl device = new DeviceImpl();
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CompanyRouter createCompanyRouter() {
		CompanyRouterImpl companyRouter = new CompanyRouterImpl();
		return companyRouter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PortForwardingRule createPortForwardingRule() {
		PortForwardingRuleImpl portForwardingRule = new PortForwardingRuleImpl();
		return portForwardingRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HomeRouter createHomeRouter() {
		HomeRouterImpl homeRouter = new HomeRouterImpl();
		return homeRouter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BuffaloRouter createBuffaloRouter() {
		BuffaloRouterImpl buffaloRouter = new BuffaloRouterImpl();
		return buffaloRouter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RsipServer createRsipServer() {
		RsipServerImpl rsipServer = new RsipServerImpl();
		return rsipServer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RsipClient createRsipClient() {
		RsipClientImpl rsipClient = new RsipClientImpl();
		return rsipClient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RsipBind createRsipBind() {
		RsipBindImpl rsipBind = new RsipBindImpl();
		return rsipBind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Certificate createCertificate() {
		CertificateImpl certificate = new CertificateImpl();
		return certificate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServicelinkIdentity createServicelinkIdentity() {
		ServicelinkIdentityImpl servicelinkIdentity = new ServicelinkIdentityImpl();
		return servicelinkIdentity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PasswordPolicy createPasswordPolicy() {
		PasswordPolicyImpl passwordPolicy = new PasswordPolicyImpl();
		return passwordPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutboundAllowance createOutboundAllowance() {
		OutboundAllowanceImpl outboundAllowance = new OutboundAllowanceImpl();
		return outboundAllowance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServicelinkEndpoint createServicelinkEndpoint() {
		ServicelinkEndpointImpl servicelinkEndpoint = new ServicelinkEndpointImpl();
		return servicelinkEndpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SystemModel createSystemModelFromString(EDataType eDataType, String initialValue) {
		SystemModel result = SystemModel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSystemModelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Booster createBoosterFromString(EDataType eDataType, String initialValue) {
		Booster result = Booster.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBoosterToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LanInterface createLanInterfaceFromString(EDataType eDataType, String initialValue) {
		LanInterface result = LanInterface.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLanInterfaceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StationType createStationTypeFromString(EDataType eDataType, String initialValue) {
		StationType result = StationType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStationTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClassOfService createClassOfServiceFromString(EDataType eDataType, String initialValue) {
		ClassOfService result = ClassOfService.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertClassOfServiceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeviceModel createDeviceModelFromString(EDataType eDataType, String initialValue) {
		DeviceModel result = DeviceModel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeviceModelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Place createPlaceFromString(EDataType eDataType, String initialValue) {
		Place result = Place.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlaceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NatType createNatTypeFromString(EDataType eDataType, String initialValue) {
		NatType result = NatType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNatTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SipAlg createSipAlgFromString(EDataType eDataType, String initialValue) {
		SipAlg result = SipAlg.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSipAlgToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TransportProtocol createTransportProtocolFromString(EDataType eDataType, String initialValue) {
		TransportProtocol result = TransportProtocol.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTransportProtocolToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RsipMode createRsipModeFromString(EDataType eDataType, String initialValue) {
		RsipMode result = RsipMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRsipModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RsipTunnel createRsipTunnelFromString(EDataType eDataType, String initialValue) {
		RsipTunnel result = RsipTunnel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRsipTunnelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CertificateKind createCertificateKindFromString(EDataType eDataType, String initialValue) {
		CertificateKind result = CertificateKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCertificateKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SignatureAlgorithm createSignatureAlgorithmFromString(EDataType eDataType, String initialValue) {
		SignatureAlgorithm result = SignatureAlgorithm.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSignatureAlgorithmToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SignallingTransport createSignallingTransportFromString(EDataType eDataType, String initialValue) {
		SignallingTransport result = SignallingTransport.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSignallingTransportToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TlsRenegotiation createTlsRenegotiationFromString(EDataType eDataType, String initialValue) {
		TlsRenegotiation result = TlsRenegotiation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTlsRenegotiationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Codec createCodecFromString(EDataType eDataType, String initialValue) {
		Codec result = Codec.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCodecToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PortRange createPortRange(final String it) {
		return it == null ? null : PortRange.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PortRange createPortRangeFromString(EDataType eDataType, String initialValue) {
		return createPortRange(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPortRange(final PortRange it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPortRangeToString(EDataType eDataType, Object instanceValue) {
		return convertPortRange((PortRange)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstant(final String it) {
		return it == null ? null : Instant.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstantFromString(EDataType eDataType, String initialValue) {
		return createInstant(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstant(final Instant it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstantToString(EDataType eDataType, Object instanceValue) {
		return convertInstant((Instant)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SoftwareVersion createSoftwareVersion(final String it) {
		return it == null ? null : SoftwareVersion.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SoftwareVersion createSoftwareVersionFromString(EDataType eDataType, String initialValue) {
		return createSoftwareVersion(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSoftwareVersion(final SoftwareVersion it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSoftwareVersionToString(EDataType eDataType, Object instanceValue) {
		return convertSoftwareVersion((SoftwareVersion)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EstatePackage getEstatePackage() {
		return (EstatePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static EstatePackage getPackage() {
		return EstatePackage.eINSTANCE;
	}

} //EstateFactoryImpl
