/**
 */
package io.patchbay.model.impl;

import io.patchbay.model.Booster;
import io.patchbay.model.BuffaloRouter;
import io.patchbay.model.Certificate;
import io.patchbay.model.CertificateKind;
import io.patchbay.model.ClassOfService;
import io.patchbay.model.Codec;
import io.patchbay.model.CompanyRouter;
import io.patchbay.model.Customer;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceModel;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.HomeRouter;
import io.patchbay.model.Identifiable;
import io.patchbay.model.ItspTrunk;
import io.patchbay.model.LanInterface;
import io.patchbay.model.ManagedDevice;
import io.patchbay.model.NamedElement;
import io.patchbay.model.NatType;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.OutboundAllowance;
import io.patchbay.model.PasswordPolicy;
import io.patchbay.model.Place;
import io.patchbay.model.PortForwardingRule;
import io.patchbay.model.PortRange;
import io.patchbay.model.Router;
import io.patchbay.model.RsipBind;
import io.patchbay.model.RsipClient;
import io.patchbay.model.RsipMode;
import io.patchbay.model.RsipServer;
import io.patchbay.model.RsipTunnel;
import io.patchbay.model.ServicelinkEndpoint;
import io.patchbay.model.ServicelinkIdentity;
import io.patchbay.model.SignallingTransport;
import io.patchbay.model.SignatureAlgorithm;
import io.patchbay.model.SipAlg;
import io.patchbay.model.Site;
import io.patchbay.model.SoftwareVersion;
import io.patchbay.model.Station;
import io.patchbay.model.StationType;
import io.patchbay.model.SystemModel;
import io.patchbay.model.TlsRenegotiation;
import io.patchbay.model.TransportProtocol;

import java.time.Instant;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class EstatePackageImpl extends EPackageImpl implements EstatePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass estateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass customerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass siteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass managedDeviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osbizSystemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass itspTrunkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass routerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass companyRouterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass portForwardingRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass homeRouterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass buffaloRouterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rsipServerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rsipClientEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rsipBindEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass certificateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass servicelinkIdentityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass passwordPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass outboundAllowanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass servicelinkEndpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum systemModelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum boosterEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lanInterfaceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stationTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum classOfServiceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deviceModelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum placeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum natTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sipAlgEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum transportProtocolEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum rsipModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum rsipTunnelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum certificateKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum signatureAlgorithmEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum signallingTransportEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum tlsRenegotiationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum codecEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType portRangeEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType softwareVersionEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see io.patchbay.model.EstatePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private EstatePackageImpl() {
		super(eNS_URI, EstateFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link EstatePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static EstatePackage init() {
		if (isInited) return (EstatePackage)EPackage.Registry.INSTANCE.getEPackage(EstatePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredEstatePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		EstatePackageImpl theEstatePackage = registeredEstatePackage instanceof EstatePackageImpl ? (EstatePackageImpl)registeredEstatePackage : new EstatePackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theEstatePackage.createPackageContents();

		// Initialize created meta-data
		theEstatePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theEstatePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(EstatePackage.eNS_URI, theEstatePackage);
		return theEstatePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentifiable() {
		return identifiableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentifiable_Id() {
		return (EAttribute)identifiableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEstate() {
		return estateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEstate_Name() {
		return (EAttribute)estateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEstate_Customers() {
		return (EReference)estateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEstate_Certificates() {
		return (EReference)estateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEstate_ServicelinkEndpoints() {
		return (EReference)estateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCustomer() {
		return customerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_CustomerId() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomer_Sites() {
		return (EReference)customerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSite() {
		return siteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_Systems() {
		return (EReference)siteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_Routers() {
		return (EReference)siteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_RsipServers() {
		return (EReference)siteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getManagedDevice() {
		return managedDeviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManagedDevice_HostAddress() {
		return (EAttribute)managedDeviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManagedDevice_SshPort() {
		return (EAttribute)managedDeviceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManagedDevice_SnmpPort() {
		return (EAttribute)managedDeviceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManagedDevice_HostKeyFingerprint() {
		return (EAttribute)managedDeviceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManagedDevice_CredentialRef() {
		return (EAttribute)managedDeviceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getManagedDevice_Servicelink() {
		return (EReference)managedDeviceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsbizSystem() {
		return osbizSystemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_Model() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_Booster() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_Release() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_SielId() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_Mac() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_Lan1Address() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_Lan2Address() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_InternetInterface() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_WanFirewallEnabled() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_PublicAddress() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_PublicAddressDynamic() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_UpstreamKbps() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_SimultaneousInternetCalls() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_StunServer() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_StunPort() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_SipInternetPort() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_SipInternetTlsPort() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_SpeEnabled() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_SpeMinimumKeyLength() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_SpeCertificateValidation() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsbizSystem_SpeCertificate() {
		return (EReference)osbizSystemEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_DliEnabled() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsbizSystem_PasswordPolicy() {
		return (EReference)osbizSystemEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_HfaPort() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_HfaTlsPort() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_HttpsPort() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_RtpPortRange() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_TlsFallbackToTls10() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_PlannedItspCalls() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_PlannedCircuitCalls() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsbizSystem_PlannedHomeCalls() {
		return (EAttribute)osbizSystemEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsbizSystem_AccessRouter() {
		return (EReference)osbizSystemEClass.getEStructuralFeatures().get(31);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsbizSystem_ItspTrunks() {
		return (EReference)osbizSystemEClass.getEStructuralFeatures().get(32);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsbizSystem_Stations() {
		return (EReference)osbizSystemEClass.getEStructuralFeatures().get(33);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsbizSystem_Devices() {
		return (EReference)osbizSystemEClass.getEStructuralFeatures().get(34);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getItspTrunk() {
		return itspTrunkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItspTrunk_Provider() {
		return (EAttribute)itspTrunkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItspTrunk_Active() {
		return (EAttribute)itspTrunkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItspTrunk_LanInterface() {
		return (EAttribute)itspTrunkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItspTrunk_StunServer() {
		return (EAttribute)itspTrunkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItspTrunk_StunPort() {
		return (EAttribute)itspTrunkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStation() {
		return stationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStation_Number() {
		return (EAttribute)stationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStation_Name() {
		return (EAttribute)stationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStation_Type() {
		return (EAttribute)stationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStation_Authentication() {
		return (EAttribute)stationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStation_PasswordRef() {
		return (EAttribute)stationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStation_SipUserId() {
		return (EAttribute)stationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStation_Realm() {
		return (EAttribute)stationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStation_ClassOfService() {
		return (EAttribute)stationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStation_SbcFlag() {
		return (EAttribute)stationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStation_SpeEnabled() {
		return (EAttribute)stationEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStation_IpUserLicence() {
		return (EAttribute)stationEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDevice() {
		return deviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Model() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Firmware() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Mac() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Place() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_Station() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_HomeRouter() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Gateway() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_GatewayPort() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_DlsAddress() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_TimeFromSystem() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Transport() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_TlsRenegotiation() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Stun() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Video() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Codec() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_MobileDataVoip() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_SrtpSdes() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRouter() {
		return routerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRouter_PublicAddress() {
		return (EAttribute)routerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRouter_NatType() {
		return (EAttribute)routerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCompanyRouter() {
		return companyRouterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompanyRouter_OutboundFiltering() {
		return (EAttribute)companyRouterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompanyRouter_DynDnsProvider() {
		return (EAttribute)companyRouterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompanyRouter_DynDnsHostName() {
		return (EAttribute)companyRouterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompanyRouter_DynDnsCredentialRef() {
		return (EAttribute)companyRouterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompanyRouter_DynDnsFreeAccount() {
		return (EAttribute)companyRouterEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompanyRouter_PortForwardingRules() {
		return (EReference)companyRouterEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompanyRouter_TlsInspection() {
		return (EAttribute)companyRouterEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompanyRouter_HttpsOnlyOutbound() {
		return (EAttribute)companyRouterEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompanyRouter_AllowsRelatedInbound() {
		return (EAttribute)companyRouterEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompanyRouter_OutboundAllowances() {
		return (EReference)companyRouterEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPortForwardingRule() {
		return portForwardingRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortForwardingRule_Protocol() {
		return (EAttribute)portForwardingRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortForwardingRule_ExternalPorts() {
		return (EAttribute)portForwardingRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortForwardingRule_InternalPorts() {
		return (EAttribute)portForwardingRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortForwardingRule_InternalHost() {
		return (EAttribute)portForwardingRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortForwardingRule_Description() {
		return (EAttribute)portForwardingRuleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortForwardingRule_Enabled() {
		return (EAttribute)portForwardingRuleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHomeRouter() {
		return homeRouterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHomeRouter_SipAlg() {
		return (EAttribute)homeRouterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBuffaloRouter() {
		return buffaloRouterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBuffaloRouter_Firmware() {
		return (EAttribute)buffaloRouterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBuffaloRouter_WebUiHttps() {
		return (EAttribute)buffaloRouterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBuffaloRouter_NtpServer() {
		return (EAttribute)buffaloRouterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBuffaloRouter_NoNtpTime() {
		return (EAttribute)buffaloRouterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRsipServer() {
		return rsipServerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRsipServer_ControlPort() {
		return (EAttribute)rsipServerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRsipServer_ControlProtocol() {
		return (EAttribute)rsipServerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRsipServer_PortRange() {
		return (EAttribute)rsipServerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRsipServer_ListenRange() {
		return (EAttribute)rsipServerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRsipServer_MaxClients() {
		return (EAttribute)rsipServerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRsipServer_InternalInterface() {
		return (EAttribute)rsipServerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRsipServer_ExternalInterface() {
		return (EAttribute)rsipServerEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRsipServer_Pool() {
		return (EAttribute)rsipServerEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRsipServer_Mtu() {
		return (EAttribute)rsipServerEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRsipServer_ExternalInterfaceMtu() {
		return (EAttribute)rsipServerEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRsipServer_LogLevel() {
		return (EAttribute)rsipServerEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRsipServer_GatewayLocalPortRange() {
		return (EAttribute)rsipServerEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRsipServer_Clients() {
		return (EReference)rsipServerEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRsipClient() {
		return rsipClientEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRsipClient_HostAddress() {
		return (EAttribute)rsipClientEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRsipClient_Mode() {
		return (EAttribute)rsipClientEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRsipClient_Tunnel() {
		return (EAttribute)rsipClientEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRsipClient_Mtu() {
		return (EAttribute)rsipClientEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRsipClient_Binds() {
		return (EReference)rsipClientEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRsipBind() {
		return rsipBindEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRsipBind_Protocol() {
		return (EAttribute)rsipBindEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRsipBind_Ports() {
		return (EAttribute)rsipBindEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRsipBind_Listen() {
		return (EAttribute)rsipBindEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCertificate() {
		return certificateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_Kind() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_SerialNumber() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_SignatureAlgorithm() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_KeyLength() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_ValidFrom() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_ValidUntil() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_SubjectCountry() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_SubjectOrganization() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_SubjectOrganizationalUnit() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_SubjectCommonName() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_SubjectAlternativeName() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_CrlDistributionPoint() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_Imported() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCertificate_Issuer() {
		return (EReference)certificateEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_PassphraseRef() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServicelinkIdentity() {
		return servicelinkIdentityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServicelinkIdentity_DeviceIdentifier() {
		return (EAttribute)servicelinkIdentityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServicelinkIdentity_SielId() {
		return (EAttribute)servicelinkIdentityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServicelinkIdentity_Mac() {
		return (EAttribute)servicelinkIdentityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServicelinkIdentity_CustomerId() {
		return (EAttribute)servicelinkIdentityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServicelinkIdentity_CredentialRef() {
		return (EAttribute)servicelinkIdentityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPasswordPolicy() {
		return passwordPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPasswordPolicy_MinimumLength() {
		return (EAttribute)passwordPolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPasswordPolicy_RequiredCharacterClasses() {
		return (EAttribute)passwordPolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOutboundAllowance() {
		return outboundAllowanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutboundAllowance_Host() {
		return (EAttribute)outboundAllowanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutboundAllowance_Port() {
		return (EAttribute)outboundAllowanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutboundAllowance_Protocol() {
		return (EAttribute)outboundAllowanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutboundAllowance_Description() {
		return (EAttribute)outboundAllowanceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServicelinkEndpoint() {
		return servicelinkEndpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServicelinkEndpoint_Role() {
		return (EAttribute)servicelinkEndpointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServicelinkEndpoint_Host() {
		return (EAttribute)servicelinkEndpointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServicelinkEndpoint_Port() {
		return (EAttribute)servicelinkEndpointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSystemModel() {
		return systemModelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBooster() {
		return boosterEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLanInterface() {
		return lanInterfaceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStationType() {
		return stationTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getClassOfService() {
		return classOfServiceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeviceModel() {
		return deviceModelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPlace() {
		return placeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNatType() {
		return natTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSipAlg() {
		return sipAlgEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTransportProtocol() {
		return transportProtocolEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRsipMode() {
		return rsipModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRsipTunnel() {
		return rsipTunnelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCertificateKind() {
		return certificateKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSignatureAlgorithm() {
		return signatureAlgorithmEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSignallingTransport() {
		return signallingTransportEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTlsRenegotiation() {
		return tlsRenegotiationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCodec() {
		return codecEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getPortRange() {
		return portRangeEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant() {
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getSoftwareVersion() {
		return softwareVersionEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EstateFactory getEstateFactory() {
		return (EstateFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiableEClass = createEClass(IDENTIFIABLE);
		createEAttribute(identifiableEClass, IDENTIFIABLE__ID);

		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);

		estateEClass = createEClass(ESTATE);
		createEAttribute(estateEClass, ESTATE__NAME);
		createEReference(estateEClass, ESTATE__CUSTOMERS);
		createEReference(estateEClass, ESTATE__CERTIFICATES);
		createEReference(estateEClass, ESTATE__SERVICELINK_ENDPOINTS);

		customerEClass = createEClass(CUSTOMER);
		createEAttribute(customerEClass, CUSTOMER__CUSTOMER_ID);
		createEReference(customerEClass, CUSTOMER__SITES);

		siteEClass = createEClass(SITE);
		createEReference(siteEClass, SITE__SYSTEMS);
		createEReference(siteEClass, SITE__ROUTERS);
		createEReference(siteEClass, SITE__RSIP_SERVERS);

		managedDeviceEClass = createEClass(MANAGED_DEVICE);
		createEAttribute(managedDeviceEClass, MANAGED_DEVICE__HOST_ADDRESS);
		createEAttribute(managedDeviceEClass, MANAGED_DEVICE__SSH_PORT);
		createEAttribute(managedDeviceEClass, MANAGED_DEVICE__SNMP_PORT);
		createEAttribute(managedDeviceEClass, MANAGED_DEVICE__HOST_KEY_FINGERPRINT);
		createEAttribute(managedDeviceEClass, MANAGED_DEVICE__CREDENTIAL_REF);
		createEReference(managedDeviceEClass, MANAGED_DEVICE__SERVICELINK);

		osbizSystemEClass = createEClass(OSBIZ_SYSTEM);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__MODEL);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__BOOSTER);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__RELEASE);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__SIEL_ID);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__MAC);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__LAN1_ADDRESS);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__LAN2_ADDRESS);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__INTERNET_INTERFACE);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__WAN_FIREWALL_ENABLED);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__PUBLIC_ADDRESS);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__PUBLIC_ADDRESS_DYNAMIC);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__UPSTREAM_KBPS);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__SIMULTANEOUS_INTERNET_CALLS);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__STUN_SERVER);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__STUN_PORT);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__SIP_INTERNET_PORT);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__SIP_INTERNET_TLS_PORT);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__SPE_ENABLED);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__SPE_MINIMUM_KEY_LENGTH);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__SPE_CERTIFICATE_VALIDATION);
		createEReference(osbizSystemEClass, OSBIZ_SYSTEM__SPE_CERTIFICATE);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__DLI_ENABLED);
		createEReference(osbizSystemEClass, OSBIZ_SYSTEM__PASSWORD_POLICY);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__HFA_PORT);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__HFA_TLS_PORT);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__HTTPS_PORT);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__RTP_PORT_RANGE);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__TLS_FALLBACK_TO_TLS10);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__PLANNED_ITSP_CALLS);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__PLANNED_CIRCUIT_CALLS);
		createEAttribute(osbizSystemEClass, OSBIZ_SYSTEM__PLANNED_HOME_CALLS);
		createEReference(osbizSystemEClass, OSBIZ_SYSTEM__ACCESS_ROUTER);
		createEReference(osbizSystemEClass, OSBIZ_SYSTEM__ITSP_TRUNKS);
		createEReference(osbizSystemEClass, OSBIZ_SYSTEM__STATIONS);
		createEReference(osbizSystemEClass, OSBIZ_SYSTEM__DEVICES);

		itspTrunkEClass = createEClass(ITSP_TRUNK);
		createEAttribute(itspTrunkEClass, ITSP_TRUNK__PROVIDER);
		createEAttribute(itspTrunkEClass, ITSP_TRUNK__ACTIVE);
		createEAttribute(itspTrunkEClass, ITSP_TRUNK__LAN_INTERFACE);
		createEAttribute(itspTrunkEClass, ITSP_TRUNK__STUN_SERVER);
		createEAttribute(itspTrunkEClass, ITSP_TRUNK__STUN_PORT);

		stationEClass = createEClass(STATION);
		createEAttribute(stationEClass, STATION__NUMBER);
		createEAttribute(stationEClass, STATION__NAME);
		createEAttribute(stationEClass, STATION__TYPE);
		createEAttribute(stationEClass, STATION__AUTHENTICATION);
		createEAttribute(stationEClass, STATION__PASSWORD_REF);
		createEAttribute(stationEClass, STATION__SIP_USER_ID);
		createEAttribute(stationEClass, STATION__REALM);
		createEAttribute(stationEClass, STATION__CLASS_OF_SERVICE);
		createEAttribute(stationEClass, STATION__SBC_FLAG);
		createEAttribute(stationEClass, STATION__SPE_ENABLED);
		createEAttribute(stationEClass, STATION__IP_USER_LICENCE);

		deviceEClass = createEClass(DEVICE);
		createEAttribute(deviceEClass, DEVICE__MODEL);
		createEAttribute(deviceEClass, DEVICE__FIRMWARE);
		createEAttribute(deviceEClass, DEVICE__MAC);
		createEAttribute(deviceEClass, DEVICE__PLACE);
		createEReference(deviceEClass, DEVICE__STATION);
		createEReference(deviceEClass, DEVICE__HOME_ROUTER);
		createEAttribute(deviceEClass, DEVICE__GATEWAY);
		createEAttribute(deviceEClass, DEVICE__GATEWAY_PORT);
		createEAttribute(deviceEClass, DEVICE__DLS_ADDRESS);
		createEAttribute(deviceEClass, DEVICE__TIME_FROM_SYSTEM);
		createEAttribute(deviceEClass, DEVICE__TRANSPORT);
		createEAttribute(deviceEClass, DEVICE__TLS_RENEGOTIATION);
		createEAttribute(deviceEClass, DEVICE__STUN);
		createEAttribute(deviceEClass, DEVICE__VIDEO);
		createEAttribute(deviceEClass, DEVICE__CODEC);
		createEAttribute(deviceEClass, DEVICE__MOBILE_DATA_VOIP);
		createEAttribute(deviceEClass, DEVICE__SRTP_SDES);

		routerEClass = createEClass(ROUTER);
		createEAttribute(routerEClass, ROUTER__PUBLIC_ADDRESS);
		createEAttribute(routerEClass, ROUTER__NAT_TYPE);

		companyRouterEClass = createEClass(COMPANY_ROUTER);
		createEAttribute(companyRouterEClass, COMPANY_ROUTER__OUTBOUND_FILTERING);
		createEAttribute(companyRouterEClass, COMPANY_ROUTER__DYN_DNS_PROVIDER);
		createEAttribute(companyRouterEClass, COMPANY_ROUTER__DYN_DNS_HOST_NAME);
		createEAttribute(companyRouterEClass, COMPANY_ROUTER__DYN_DNS_CREDENTIAL_REF);
		createEAttribute(companyRouterEClass, COMPANY_ROUTER__DYN_DNS_FREE_ACCOUNT);
		createEReference(companyRouterEClass, COMPANY_ROUTER__PORT_FORWARDING_RULES);
		createEAttribute(companyRouterEClass, COMPANY_ROUTER__TLS_INSPECTION);
		createEAttribute(companyRouterEClass, COMPANY_ROUTER__HTTPS_ONLY_OUTBOUND);
		createEAttribute(companyRouterEClass, COMPANY_ROUTER__ALLOWS_RELATED_INBOUND);
		createEReference(companyRouterEClass, COMPANY_ROUTER__OUTBOUND_ALLOWANCES);

		portForwardingRuleEClass = createEClass(PORT_FORWARDING_RULE);
		createEAttribute(portForwardingRuleEClass, PORT_FORWARDING_RULE__PROTOCOL);
		createEAttribute(portForwardingRuleEClass, PORT_FORWARDING_RULE__EXTERNAL_PORTS);
		createEAttribute(portForwardingRuleEClass, PORT_FORWARDING_RULE__INTERNAL_PORTS);
		createEAttribute(portForwardingRuleEClass, PORT_FORWARDING_RULE__INTERNAL_HOST);
		createEAttribute(portForwardingRuleEClass, PORT_FORWARDING_RULE__DESCRIPTION);
		createEAttribute(portForwardingRuleEClass, PORT_FORWARDING_RULE__ENABLED);

		homeRouterEClass = createEClass(HOME_ROUTER);
		createEAttribute(homeRouterEClass, HOME_ROUTER__SIP_ALG);

		buffaloRouterEClass = createEClass(BUFFALO_ROUTER);
		createEAttribute(buffaloRouterEClass, BUFFALO_ROUTER__FIRMWARE);
		createEAttribute(buffaloRouterEClass, BUFFALO_ROUTER__WEB_UI_HTTPS);
		createEAttribute(buffaloRouterEClass, BUFFALO_ROUTER__NTP_SERVER);
		createEAttribute(buffaloRouterEClass, BUFFALO_ROUTER__NO_NTP_TIME);

		rsipServerEClass = createEClass(RSIP_SERVER);
		createEAttribute(rsipServerEClass, RSIP_SERVER__CONTROL_PORT);
		createEAttribute(rsipServerEClass, RSIP_SERVER__CONTROL_PROTOCOL);
		createEAttribute(rsipServerEClass, RSIP_SERVER__PORT_RANGE);
		createEAttribute(rsipServerEClass, RSIP_SERVER__LISTEN_RANGE);
		createEAttribute(rsipServerEClass, RSIP_SERVER__MAX_CLIENTS);
		createEAttribute(rsipServerEClass, RSIP_SERVER__INTERNAL_INTERFACE);
		createEAttribute(rsipServerEClass, RSIP_SERVER__EXTERNAL_INTERFACE);
		createEAttribute(rsipServerEClass, RSIP_SERVER__POOL);
		createEAttribute(rsipServerEClass, RSIP_SERVER__MTU);
		createEAttribute(rsipServerEClass, RSIP_SERVER__EXTERNAL_INTERFACE_MTU);
		createEAttribute(rsipServerEClass, RSIP_SERVER__LOG_LEVEL);
		createEAttribute(rsipServerEClass, RSIP_SERVER__GATEWAY_LOCAL_PORT_RANGE);
		createEReference(rsipServerEClass, RSIP_SERVER__CLIENTS);

		rsipClientEClass = createEClass(RSIP_CLIENT);
		createEAttribute(rsipClientEClass, RSIP_CLIENT__HOST_ADDRESS);
		createEAttribute(rsipClientEClass, RSIP_CLIENT__MODE);
		createEAttribute(rsipClientEClass, RSIP_CLIENT__TUNNEL);
		createEAttribute(rsipClientEClass, RSIP_CLIENT__MTU);
		createEReference(rsipClientEClass, RSIP_CLIENT__BINDS);

		rsipBindEClass = createEClass(RSIP_BIND);
		createEAttribute(rsipBindEClass, RSIP_BIND__PROTOCOL);
		createEAttribute(rsipBindEClass, RSIP_BIND__PORTS);
		createEAttribute(rsipBindEClass, RSIP_BIND__LISTEN);

		certificateEClass = createEClass(CERTIFICATE);
		createEAttribute(certificateEClass, CERTIFICATE__KIND);
		createEAttribute(certificateEClass, CERTIFICATE__SERIAL_NUMBER);
		createEAttribute(certificateEClass, CERTIFICATE__SIGNATURE_ALGORITHM);
		createEAttribute(certificateEClass, CERTIFICATE__KEY_LENGTH);
		createEAttribute(certificateEClass, CERTIFICATE__VALID_FROM);
		createEAttribute(certificateEClass, CERTIFICATE__VALID_UNTIL);
		createEAttribute(certificateEClass, CERTIFICATE__SUBJECT_COUNTRY);
		createEAttribute(certificateEClass, CERTIFICATE__SUBJECT_ORGANIZATION);
		createEAttribute(certificateEClass, CERTIFICATE__SUBJECT_ORGANIZATIONAL_UNIT);
		createEAttribute(certificateEClass, CERTIFICATE__SUBJECT_COMMON_NAME);
		createEAttribute(certificateEClass, CERTIFICATE__SUBJECT_ALTERNATIVE_NAME);
		createEAttribute(certificateEClass, CERTIFICATE__CRL_DISTRIBUTION_POINT);
		createEAttribute(certificateEClass, CERTIFICATE__IMPORTED);
		createEReference(certificateEClass, CERTIFICATE__ISSUER);
		createEAttribute(certificateEClass, CERTIFICATE__PASSPHRASE_REF);

		servicelinkIdentityEClass = createEClass(SERVICELINK_IDENTITY);
		createEAttribute(servicelinkIdentityEClass, SERVICELINK_IDENTITY__DEVICE_IDENTIFIER);
		createEAttribute(servicelinkIdentityEClass, SERVICELINK_IDENTITY__SIEL_ID);
		createEAttribute(servicelinkIdentityEClass, SERVICELINK_IDENTITY__MAC);
		createEAttribute(servicelinkIdentityEClass, SERVICELINK_IDENTITY__CUSTOMER_ID);
		createEAttribute(servicelinkIdentityEClass, SERVICELINK_IDENTITY__CREDENTIAL_REF);

		passwordPolicyEClass = createEClass(PASSWORD_POLICY);
		createEAttribute(passwordPolicyEClass, PASSWORD_POLICY__MINIMUM_LENGTH);
		createEAttribute(passwordPolicyEClass, PASSWORD_POLICY__REQUIRED_CHARACTER_CLASSES);

		outboundAllowanceEClass = createEClass(OUTBOUND_ALLOWANCE);
		createEAttribute(outboundAllowanceEClass, OUTBOUND_ALLOWANCE__HOST);
		createEAttribute(outboundAllowanceEClass, OUTBOUND_ALLOWANCE__PORT);
		createEAttribute(outboundAllowanceEClass, OUTBOUND_ALLOWANCE__PROTOCOL);
		createEAttribute(outboundAllowanceEClass, OUTBOUND_ALLOWANCE__DESCRIPTION);

		servicelinkEndpointEClass = createEClass(SERVICELINK_ENDPOINT);
		createEAttribute(servicelinkEndpointEClass, SERVICELINK_ENDPOINT__ROLE);
		createEAttribute(servicelinkEndpointEClass, SERVICELINK_ENDPOINT__HOST);
		createEAttribute(servicelinkEndpointEClass, SERVICELINK_ENDPOINT__PORT);

		// Create enums
		systemModelEEnum = createEEnum(SYSTEM_MODEL);
		boosterEEnum = createEEnum(BOOSTER);
		lanInterfaceEEnum = createEEnum(LAN_INTERFACE);
		stationTypeEEnum = createEEnum(STATION_TYPE);
		classOfServiceEEnum = createEEnum(CLASS_OF_SERVICE);
		deviceModelEEnum = createEEnum(DEVICE_MODEL);
		placeEEnum = createEEnum(PLACE);
		natTypeEEnum = createEEnum(NAT_TYPE);
		sipAlgEEnum = createEEnum(SIP_ALG);
		transportProtocolEEnum = createEEnum(TRANSPORT_PROTOCOL);
		rsipModeEEnum = createEEnum(RSIP_MODE);
		rsipTunnelEEnum = createEEnum(RSIP_TUNNEL);
		certificateKindEEnum = createEEnum(CERTIFICATE_KIND);
		signatureAlgorithmEEnum = createEEnum(SIGNATURE_ALGORITHM);
		signallingTransportEEnum = createEEnum(SIGNALLING_TRANSPORT);
		tlsRenegotiationEEnum = createEEnum(TLS_RENEGOTIATION);
		codecEEnum = createEEnum(CODEC);

		// Create data types
		portRangeEDataType = createEDataType(PORT_RANGE);
		instantEDataType = createEDataType(INSTANT);
		softwareVersionEDataType = createEDataType(SOFTWARE_VERSION);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		namedElementEClass.getESuperTypes().add(this.getIdentifiable());
		customerEClass.getESuperTypes().add(this.getNamedElement());
		siteEClass.getESuperTypes().add(this.getNamedElement());
		managedDeviceEClass.getESuperTypes().add(this.getNamedElement());
		osbizSystemEClass.getESuperTypes().add(this.getManagedDevice());
		itspTrunkEClass.getESuperTypes().add(this.getNamedElement());
		stationEClass.getESuperTypes().add(this.getIdentifiable());
		deviceEClass.getESuperTypes().add(this.getNamedElement());
		routerEClass.getESuperTypes().add(this.getManagedDevice());
		companyRouterEClass.getESuperTypes().add(this.getRouter());
		homeRouterEClass.getESuperTypes().add(this.getRouter());
		buffaloRouterEClass.getESuperTypes().add(this.getRouter());
		rsipServerEClass.getESuperTypes().add(this.getManagedDevice());
		rsipClientEClass.getESuperTypes().add(this.getNamedElement());
		certificateEClass.getESuperTypes().add(this.getNamedElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiableEClass, Identifiable.class, "Identifiable", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentifiable_Id(), ecorePackage.getEString(), "id", null, 1, 1, Identifiable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(estateEClass, Estate.class, "Estate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEstate_Name(), ecorePackage.getEString(), "name", null, 0, 1, Estate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEstate_Customers(), this.getCustomer(), null, "customers", null, 0, -1, Estate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEstate_Certificates(), this.getCertificate(), null, "certificates", null, 0, -1, Estate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEstate_ServicelinkEndpoints(), this.getServicelinkEndpoint(), null, "servicelinkEndpoints", null, 0, -1, Estate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(customerEClass, Customer.class, "Customer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCustomer_CustomerId(), ecorePackage.getEString(), "customerId", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomer_Sites(), this.getSite(), null, "sites", null, 0, -1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(siteEClass, Site.class, "Site", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSite_Systems(), this.getOsbizSystem(), null, "systems", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_Routers(), this.getRouter(), null, "routers", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_RsipServers(), this.getRsipServer(), null, "rsipServers", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(managedDeviceEClass, ManagedDevice.class, "ManagedDevice", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getManagedDevice_HostAddress(), ecorePackage.getEString(), "hostAddress", null, 0, 1, ManagedDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getManagedDevice_SshPort(), ecorePackage.getEInt(), "sshPort", "22", 0, 1, ManagedDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getManagedDevice_SnmpPort(), ecorePackage.getEInt(), "snmpPort", "161", 0, 1, ManagedDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getManagedDevice_HostKeyFingerprint(), ecorePackage.getEString(), "hostKeyFingerprint", null, 0, 1, ManagedDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getManagedDevice_CredentialRef(), ecorePackage.getEString(), "credentialRef", null, 0, 1, ManagedDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getManagedDevice_Servicelink(), this.getServicelinkIdentity(), null, "servicelink", null, 0, 1, ManagedDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osbizSystemEClass, OsbizSystem.class, "OsbizSystem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsbizSystem_Model(), this.getSystemModel(), "model", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_Booster(), this.getBooster(), "booster", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_Release(), this.getSoftwareVersion(), "release", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_SielId(), ecorePackage.getEString(), "sielId", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_Mac(), ecorePackage.getEString(), "mac", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_Lan1Address(), ecorePackage.getEString(), "lan1Address", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_Lan2Address(), ecorePackage.getEString(), "lan2Address", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_InternetInterface(), this.getLanInterface(), "internetInterface", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_WanFirewallEnabled(), ecorePackage.getEBoolean(), "wanFirewallEnabled", "true", 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_PublicAddress(), ecorePackage.getEString(), "publicAddress", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_PublicAddressDynamic(), ecorePackage.getEBoolean(), "publicAddressDynamic", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_UpstreamKbps(), ecorePackage.getEInt(), "upstreamKbps", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_SimultaneousInternetCalls(), ecorePackage.getEInt(), "simultaneousInternetCalls", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_StunServer(), ecorePackage.getEString(), "stunServer", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_StunPort(), ecorePackage.getEInt(), "stunPort", "3478", 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_SipInternetPort(), ecorePackage.getEInt(), "sipInternetPort", "5070", 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_SipInternetTlsPort(), ecorePackage.getEInt(), "sipInternetTlsPort", "5071", 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_SpeEnabled(), ecorePackage.getEBoolean(), "speEnabled", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_SpeMinimumKeyLength(), ecorePackage.getEInt(), "speMinimumKeyLength", "2048", 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_SpeCertificateValidation(), ecorePackage.getEBoolean(), "speCertificateValidation", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOsbizSystem_SpeCertificate(), this.getCertificate(), null, "speCertificate", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_DliEnabled(), ecorePackage.getEBoolean(), "dliEnabled", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOsbizSystem_PasswordPolicy(), this.getPasswordPolicy(), null, "passwordPolicy", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_HfaPort(), ecorePackage.getEInt(), "hfaPort", "4062", 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_HfaTlsPort(), ecorePackage.getEInt(), "hfaTlsPort", "4063", 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_HttpsPort(), ecorePackage.getEInt(), "httpsPort", "8802", 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_RtpPortRange(), this.getPortRange(), "rtpPortRange", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_TlsFallbackToTls10(), ecorePackage.getEBoolean(), "tlsFallbackToTls10", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_PlannedItspCalls(), ecorePackage.getEInt(), "plannedItspCalls", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_PlannedCircuitCalls(), ecorePackage.getEInt(), "plannedCircuitCalls", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsbizSystem_PlannedHomeCalls(), ecorePackage.getEInt(), "plannedHomeCalls", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOsbizSystem_AccessRouter(), this.getRouter(), null, "accessRouter", null, 0, 1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOsbizSystem_ItspTrunks(), this.getItspTrunk(), null, "itspTrunks", null, 0, -1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOsbizSystem_Stations(), this.getStation(), null, "stations", null, 0, -1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOsbizSystem_Devices(), this.getDevice(), null, "devices", null, 0, -1, OsbizSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(itspTrunkEClass, ItspTrunk.class, "ItspTrunk", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getItspTrunk_Provider(), ecorePackage.getEString(), "provider", null, 0, 1, ItspTrunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItspTrunk_Active(), ecorePackage.getEBoolean(), "active", "true", 0, 1, ItspTrunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItspTrunk_LanInterface(), this.getLanInterface(), "lanInterface", null, 0, 1, ItspTrunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItspTrunk_StunServer(), ecorePackage.getEString(), "stunServer", null, 0, 1, ItspTrunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItspTrunk_StunPort(), ecorePackage.getEInt(), "stunPort", "3478", 0, 1, ItspTrunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stationEClass, Station.class, "Station", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStation_Number(), ecorePackage.getEString(), "number", null, 0, 1, Station.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStation_Name(), ecorePackage.getEString(), "name", null, 0, 1, Station.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStation_Type(), this.getStationType(), "type", null, 0, 1, Station.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStation_Authentication(), ecorePackage.getEBoolean(), "authentication", null, 0, 1, Station.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStation_PasswordRef(), ecorePackage.getEString(), "passwordRef", null, 0, 1, Station.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStation_SipUserId(), ecorePackage.getEString(), "sipUserId", null, 0, 1, Station.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStation_Realm(), ecorePackage.getEString(), "realm", null, 0, 1, Station.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStation_ClassOfService(), this.getClassOfService(), "classOfService", null, 0, 1, Station.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStation_SbcFlag(), ecorePackage.getEBoolean(), "sbcFlag", null, 0, 1, Station.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStation_SpeEnabled(), ecorePackage.getEBoolean(), "speEnabled", null, 0, 1, Station.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStation_IpUserLicence(), ecorePackage.getEBoolean(), "ipUserLicence", null, 0, 1, Station.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deviceEClass, Device.class, "Device", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDevice_Model(), this.getDeviceModel(), "model", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Firmware(), this.getSoftwareVersion(), "firmware", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Mac(), ecorePackage.getEString(), "mac", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Place(), this.getPlace(), "place", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_Station(), this.getStation(), null, "station", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_HomeRouter(), this.getHomeRouter(), null, "homeRouter", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Gateway(), ecorePackage.getEString(), "gateway", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_GatewayPort(), ecorePackage.getEInt(), "gatewayPort", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_DlsAddress(), ecorePackage.getEString(), "dlsAddress", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_TimeFromSystem(), ecorePackage.getEBoolean(), "timeFromSystem", "true", 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Transport(), this.getSignallingTransport(), "transport", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_TlsRenegotiation(), this.getTlsRenegotiation(), "tlsRenegotiation", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Stun(), ecorePackage.getEBoolean(), "stun", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Video(), ecorePackage.getEBoolean(), "video", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Codec(), this.getCodec(), "codec", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_MobileDataVoip(), ecorePackage.getEBoolean(), "mobileDataVoip", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_SrtpSdes(), ecorePackage.getEBoolean(), "srtpSdes", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(routerEClass, Router.class, "Router", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRouter_PublicAddress(), ecorePackage.getEString(), "publicAddress", null, 0, 1, Router.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRouter_NatType(), this.getNatType(), "natType", null, 0, 1, Router.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(companyRouterEClass, CompanyRouter.class, "CompanyRouter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCompanyRouter_OutboundFiltering(), ecorePackage.getEBoolean(), "outboundFiltering", null, 0, 1, CompanyRouter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompanyRouter_DynDnsProvider(), ecorePackage.getEString(), "dynDnsProvider", null, 0, 1, CompanyRouter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompanyRouter_DynDnsHostName(), ecorePackage.getEString(), "dynDnsHostName", null, 0, 1, CompanyRouter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompanyRouter_DynDnsCredentialRef(), ecorePackage.getEString(), "dynDnsCredentialRef", null, 0, 1, CompanyRouter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompanyRouter_DynDnsFreeAccount(), ecorePackage.getEBoolean(), "dynDnsFreeAccount", null, 0, 1, CompanyRouter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompanyRouter_PortForwardingRules(), this.getPortForwardingRule(), null, "portForwardingRules", null, 0, -1, CompanyRouter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompanyRouter_TlsInspection(), ecorePackage.getEBoolean(), "tlsInspection", null, 0, 1, CompanyRouter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompanyRouter_HttpsOnlyOutbound(), ecorePackage.getEBoolean(), "httpsOnlyOutbound", null, 0, 1, CompanyRouter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompanyRouter_AllowsRelatedInbound(), ecorePackage.getEBoolean(), "allowsRelatedInbound", "true", 0, 1, CompanyRouter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompanyRouter_OutboundAllowances(), this.getOutboundAllowance(), null, "outboundAllowances", null, 0, -1, CompanyRouter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(portForwardingRuleEClass, PortForwardingRule.class, "PortForwardingRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPortForwardingRule_Protocol(), this.getTransportProtocol(), "protocol", null, 0, 1, PortForwardingRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPortForwardingRule_ExternalPorts(), this.getPortRange(), "externalPorts", null, 0, 1, PortForwardingRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPortForwardingRule_InternalPorts(), this.getPortRange(), "internalPorts", null, 0, 1, PortForwardingRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPortForwardingRule_InternalHost(), ecorePackage.getEString(), "internalHost", null, 0, 1, PortForwardingRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPortForwardingRule_Description(), ecorePackage.getEString(), "description", null, 0, 1, PortForwardingRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPortForwardingRule_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, PortForwardingRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(homeRouterEClass, HomeRouter.class, "HomeRouter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHomeRouter_SipAlg(), this.getSipAlg(), "sipAlg", null, 0, 1, HomeRouter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(buffaloRouterEClass, BuffaloRouter.class, "BuffaloRouter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBuffaloRouter_Firmware(), ecorePackage.getEString(), "firmware", null, 0, 1, BuffaloRouter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBuffaloRouter_WebUiHttps(), ecorePackage.getEBoolean(), "webUiHttps", "true", 0, 1, BuffaloRouter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBuffaloRouter_NtpServer(), ecorePackage.getEString(), "ntpServer", null, 0, 1, BuffaloRouter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBuffaloRouter_NoNtpTime(), ecorePackage.getEString(), "noNtpTime", null, 0, 1, BuffaloRouter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rsipServerEClass, RsipServer.class, "RsipServer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRsipServer_ControlPort(), ecorePackage.getEInt(), "controlPort", "4555", 0, 1, RsipServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRsipServer_ControlProtocol(), this.getTransportProtocol(), "controlProtocol", null, 0, 1, RsipServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRsipServer_PortRange(), this.getPortRange(), "portRange", null, 0, 1, RsipServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRsipServer_ListenRange(), this.getPortRange(), "listenRange", null, 0, 1, RsipServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRsipServer_MaxClients(), ecorePackage.getEInt(), "maxClients", null, 0, 1, RsipServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRsipServer_InternalInterface(), ecorePackage.getEString(), "internalInterface", null, 0, 1, RsipServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRsipServer_ExternalInterface(), ecorePackage.getEString(), "externalInterface", null, 0, 1, RsipServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRsipServer_Pool(), ecorePackage.getEString(), "pool", null, 0, 1, RsipServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRsipServer_Mtu(), ecorePackage.getEInt(), "mtu", null, 0, 1, RsipServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRsipServer_ExternalInterfaceMtu(), ecorePackage.getEInt(), "externalInterfaceMtu", "1500", 0, 1, RsipServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRsipServer_LogLevel(), ecorePackage.getEString(), "logLevel", null, 0, 1, RsipServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRsipServer_GatewayLocalPortRange(), this.getPortRange(), "gatewayLocalPortRange", null, 0, 1, RsipServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRsipServer_Clients(), this.getRsipClient(), null, "clients", null, 0, -1, RsipServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rsipClientEClass, RsipClient.class, "RsipClient", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRsipClient_HostAddress(), ecorePackage.getEString(), "hostAddress", null, 0, 1, RsipClient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRsipClient_Mode(), this.getRsipMode(), "mode", null, 0, 1, RsipClient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRsipClient_Tunnel(), this.getRsipTunnel(), "tunnel", null, 0, 1, RsipClient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRsipClient_Mtu(), ecorePackage.getEInt(), "mtu", null, 0, 1, RsipClient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRsipClient_Binds(), this.getRsipBind(), null, "binds", null, 0, -1, RsipClient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rsipBindEClass, RsipBind.class, "RsipBind", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRsipBind_Protocol(), this.getTransportProtocol(), "protocol", null, 0, 1, RsipBind.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRsipBind_Ports(), this.getPortRange(), "ports", null, 0, 1, RsipBind.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRsipBind_Listen(), ecorePackage.getEBoolean(), "listen", null, 0, 1, RsipBind.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(certificateEClass, Certificate.class, "Certificate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCertificate_Kind(), this.getCertificateKind(), "kind", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertificate_SerialNumber(), ecorePackage.getEBigInteger(), "serialNumber", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertificate_SignatureAlgorithm(), this.getSignatureAlgorithm(), "signatureAlgorithm", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertificate_KeyLength(), ecorePackage.getEInt(), "keyLength", "2048", 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertificate_ValidFrom(), this.getInstant(), "validFrom", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertificate_ValidUntil(), this.getInstant(), "validUntil", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertificate_SubjectCountry(), ecorePackage.getEString(), "subjectCountry", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertificate_SubjectOrganization(), ecorePackage.getEString(), "subjectOrganization", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertificate_SubjectOrganizationalUnit(), ecorePackage.getEString(), "subjectOrganizationalUnit", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertificate_SubjectCommonName(), ecorePackage.getEString(), "subjectCommonName", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertificate_SubjectAlternativeName(), ecorePackage.getEString(), "subjectAlternativeName", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertificate_CrlDistributionPoint(), ecorePackage.getEString(), "crlDistributionPoint", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertificate_Imported(), ecorePackage.getEBoolean(), "imported", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCertificate_Issuer(), this.getCertificate(), null, "issuer", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertificate_PassphraseRef(), ecorePackage.getEString(), "passphraseRef", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(servicelinkIdentityEClass, ServicelinkIdentity.class, "ServicelinkIdentity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServicelinkIdentity_DeviceIdentifier(), ecorePackage.getEString(), "deviceIdentifier", null, 0, 1, ServicelinkIdentity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServicelinkIdentity_SielId(), ecorePackage.getEString(), "sielId", null, 0, 1, ServicelinkIdentity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServicelinkIdentity_Mac(), ecorePackage.getEString(), "mac", null, 0, 1, ServicelinkIdentity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServicelinkIdentity_CustomerId(), ecorePackage.getEString(), "customerId", null, 0, 1, ServicelinkIdentity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServicelinkIdentity_CredentialRef(), ecorePackage.getEString(), "credentialRef", null, 0, 1, ServicelinkIdentity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(passwordPolicyEClass, PasswordPolicy.class, "PasswordPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPasswordPolicy_MinimumLength(), ecorePackage.getEInt(), "minimumLength", "8", 0, 1, PasswordPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPasswordPolicy_RequiredCharacterClasses(), ecorePackage.getEInt(), "requiredCharacterClasses", "3", 0, 1, PasswordPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(outboundAllowanceEClass, OutboundAllowance.class, "OutboundAllowance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOutboundAllowance_Host(), ecorePackage.getEString(), "host", null, 0, 1, OutboundAllowance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutboundAllowance_Port(), ecorePackage.getEInt(), "port", "443", 0, 1, OutboundAllowance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutboundAllowance_Protocol(), this.getTransportProtocol(), "protocol", null, 0, 1, OutboundAllowance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutboundAllowance_Description(), ecorePackage.getEString(), "description", null, 0, 1, OutboundAllowance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(servicelinkEndpointEClass, ServicelinkEndpoint.class, "ServicelinkEndpoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServicelinkEndpoint_Role(), ecorePackage.getEString(), "role", null, 0, 1, ServicelinkEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServicelinkEndpoint_Host(), ecorePackage.getEString(), "host", null, 0, 1, ServicelinkEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServicelinkEndpoint_Port(), ecorePackage.getEInt(), "port", "443", 0, 1, ServicelinkEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(systemModelEEnum, SystemModel.class, "SystemModel");
		addEEnumLiteral(systemModelEEnum, SystemModel.X1);
		addEEnumLiteral(systemModelEEnum, SystemModel.X3);
		addEEnumLiteral(systemModelEEnum, SystemModel.X5);
		addEEnumLiteral(systemModelEEnum, SystemModel.X8);
		addEEnumLiteral(systemModelEEnum, SystemModel.S);

		initEEnum(boosterEEnum, Booster.class, "Booster");
		addEEnumLiteral(boosterEEnum, Booster.NONE);
		addEEnumLiteral(boosterEEnum, Booster.CARD);
		addEEnumLiteral(boosterEEnum, Booster.SERVER);

		initEEnum(lanInterfaceEEnum, LanInterface.class, "LanInterface");
		addEEnumLiteral(lanInterfaceEEnum, LanInterface.LAN1_WAN);
		addEEnumLiteral(lanInterfaceEEnum, LanInterface.LAN2);

		initEEnum(stationTypeEEnum, StationType.class, "StationType");
		addEEnumLiteral(stationTypeEEnum, StationType.SYSTEM_CLIENT_HFA);
		addEEnumLiteral(stationTypeEEnum, StationType.SIP_CLIENT);

		initEEnum(classOfServiceEEnum, ClassOfService.class, "ClassOfService");
		addEEnumLiteral(classOfServiceEEnum, ClassOfService.INTERNAL_ONLY);
		addEEnumLiteral(classOfServiceEEnum, ClassOfService.LOCAL);
		addEEnumLiteral(classOfServiceEEnum, ClassOfService.NATIONAL);
		addEEnumLiteral(classOfServiceEEnum, ClassOfService.INTERNATIONAL);
		addEEnumLiteral(classOfServiceEEnum, ClassOfService.UNRESTRICTED);

		initEEnum(deviceModelEEnum, DeviceModel.class, "DeviceModel");
		addEEnumLiteral(deviceModelEEnum, DeviceModel.OTHER);
		addEEnumLiteral(deviceModelEEnum, DeviceModel.OPENSTAGE_HFA);
		addEEnumLiteral(deviceModelEEnum, DeviceModel.DESKPHONE_IP_HFA);
		addEEnumLiteral(deviceModelEEnum, DeviceModel.DESKPHONE_CP400_HFA);
		addEEnumLiteral(deviceModelEEnum, DeviceModel.DESKPHONE_CP600_HFA);
		addEEnumLiteral(deviceModelEEnum, DeviceModel.MYPORTAL_TO_GO_ANDROID);
		addEEnumLiteral(deviceModelEEnum, DeviceModel.MYPORTAL_TO_GO_IOS);
		addEEnumLiteral(deviceModelEEnum, DeviceModel.MYPORTAL_AT_WORK);
		addEEnumLiteral(deviceModelEEnum, DeviceModel.YEALINK_T19P);
		addEEnumLiteral(deviceModelEEnum, DeviceModel.YEALINK_T41P);
		addEEnumLiteral(deviceModelEEnum, DeviceModel.ZOIPER_IOS);
		addEEnumLiteral(deviceModelEEnum, DeviceModel.ZOIPER_ANDROID);

		initEEnum(placeEEnum, Place.class, "Place");
		addEEnumLiteral(placeEEnum, Place.OFFICE);
		addEEnumLiteral(placeEEnum, Place.HOME);

		initEEnum(natTypeEEnum, NatType.class, "NatType");
		addEEnumLiteral(natTypeEEnum, NatType.UNKNOWN);
		addEEnumLiteral(natTypeEEnum, NatType.NO_NAT);
		addEEnumLiteral(natTypeEEnum, NatType.FULL_CONE);
		addEEnumLiteral(natTypeEEnum, NatType.RESTRICTED_CONE);
		addEEnumLiteral(natTypeEEnum, NatType.PORT_RESTRICTED_CONE);
		addEEnumLiteral(natTypeEEnum, NatType.SYMMETRIC);

		initEEnum(sipAlgEEnum, SipAlg.class, "SipAlg");
		addEEnumLiteral(sipAlgEEnum, SipAlg.UNKNOWN);
		addEEnumLiteral(sipAlgEEnum, SipAlg.NOT_PRESENT);
		addEEnumLiteral(sipAlgEEnum, SipAlg.DISABLED);
		addEEnumLiteral(sipAlgEEnum, SipAlg.ENABLED);

		initEEnum(transportProtocolEEnum, TransportProtocol.class, "TransportProtocol");
		addEEnumLiteral(transportProtocolEEnum, TransportProtocol.TCP);
		addEEnumLiteral(transportProtocolEEnum, TransportProtocol.UDP);
		addEEnumLiteral(transportProtocolEEnum, TransportProtocol.TCP_UDP);

		initEEnum(rsipModeEEnum, RsipMode.class, "RsipMode");
		addEEnumLiteral(rsipModeEEnum, RsipMode.RSAP_IP);
		addEEnumLiteral(rsipModeEEnum, RsipMode.RSA_IP);

		initEEnum(rsipTunnelEEnum, RsipTunnel.class, "RsipTunnel");
		addEEnumLiteral(rsipTunnelEEnum, RsipTunnel.IP_IN_IP);
		addEEnumLiteral(rsipTunnelEEnum, RsipTunnel.GRE);

		initEEnum(certificateKindEEnum, CertificateKind.class, "CertificateKind");
		addEEnumLiteral(certificateKindEEnum, CertificateKind.CA);
		addEEnumLiteral(certificateKindEEnum, CertificateKind.SERVER);

		initEEnum(signatureAlgorithmEEnum, SignatureAlgorithm.class, "SignatureAlgorithm");
		addEEnumLiteral(signatureAlgorithmEEnum, SignatureAlgorithm.SHA256_RSA);
		addEEnumLiteral(signatureAlgorithmEEnum, SignatureAlgorithm.SHA512_RSA);

		initEEnum(signallingTransportEEnum, SignallingTransport.class, "SignallingTransport");
		addEEnumLiteral(signallingTransportEEnum, SignallingTransport.UDP);
		addEEnumLiteral(signallingTransportEEnum, SignallingTransport.TCP);
		addEEnumLiteral(signallingTransportEEnum, SignallingTransport.TLS);

		initEEnum(tlsRenegotiationEEnum, TlsRenegotiation.class, "TlsRenegotiation");
		addEEnumLiteral(tlsRenegotiationEEnum, TlsRenegotiation.LEGACY);
		addEEnumLiteral(tlsRenegotiationEEnum, TlsRenegotiation.SECURE_RFC5746);

		initEEnum(codecEEnum, Codec.class, "Codec");
		addEEnumLiteral(codecEEnum, Codec.G711);
		addEEnumLiteral(codecEEnum, Codec.G722);
		addEEnumLiteral(codecEEnum, Codec.G729);
		addEEnumLiteral(codecEEnum, Codec.OPUS);

		// Initialize data types
		initEDataType(portRangeEDataType, PortRange.class, "PortRange", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(softwareVersionEDataType, SoftwareVersion.class, "SoftwareVersion", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //EstatePackageImpl
