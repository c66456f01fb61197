/**
 */
package io.patchbay.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The managed estate: customers, their sites, OpenScape Business systems with stations and devices, routers, RSIP servers, certificates and RSP.servicelink identities (domain facts, section 1).
 * Secrets are never part of the estate: attributes ending in 'Ref' hold the id of an entry in the credential vault.
 * <!-- end-model-doc -->
 * @see io.patchbay.model.EstateFactory
 * @model kind="package"
 * @generated
 */
public interface EstatePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://patchbay.io/estate/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "estate";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	EstatePackage eINSTANCE = io.patchbay.model.impl.EstatePackageImpl.init();

	/**
	 * The meta object id for the '{@link io.patchbay.model.impl.IdentifiableImpl <em>Identifiable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.impl.IdentifiableImpl
	 * @see io.patchbay.model.impl.EstatePackageImpl#getIdentifiable()
	 * @generated
	 */
	int IDENTIFIABLE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE__ID = 0;

	/**
	 * The number of structural features of the '<em>Identifiable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identifiable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.patchbay.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.impl.NamedElementImpl
	 * @see io.patchbay.model.impl.EstatePackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.patchbay.model.impl.EstateImpl <em>Estate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.impl.EstateImpl
	 * @see io.patchbay.model.impl.EstatePackageImpl#getEstate()
	 * @generated
	 */
	int ESTATE = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTATE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Customers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTATE__CUSTOMERS = 1;

	/**
	 * The feature id for the '<em><b>Certificates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTATE__CERTIFICATES = 2;

	/**
	 * The feature id for the '<em><b>Servicelink Endpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTATE__SERVICELINK_ENDPOINTS = 3;

	/**
	 * The number of structural features of the '<em>Estate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTATE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Estate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.patchbay.model.impl.CustomerImpl <em>Customer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.impl.CustomerImpl
	 * @see io.patchbay.model.impl.EstatePackageImpl#getCustomer()
	 * @generated
	 */
	int CUSTOMER = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Customer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__CUSTOMER_ID = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__SITES = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Customer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Customer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.patchbay.model.impl.SiteImpl <em>Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.impl.SiteImpl
	 * @see io.patchbay.model.impl.EstatePackageImpl#getSite()
	 * @generated
	 */
	int SITE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Systems</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__SYSTEMS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Routers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ROUTERS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rsip Servers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__RSIP_SERVERS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.patchbay.model.impl.ManagedDeviceImpl <em>Managed Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.impl.ManagedDeviceImpl
	 * @see io.patchbay.model.impl.EstatePackageImpl#getManagedDevice()
	 * @generated
	 */
	int MANAGED_DEVICE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGED_DEVICE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGED_DEVICE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Host Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGED_DEVICE__HOST_ADDRESS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ssh Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGED_DEVICE__SSH_PORT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Snmp Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGED_DEVICE__SNMP_PORT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Host Key Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGED_DEVICE__HOST_KEY_FINGERPRINT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Credential Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGED_DEVICE__CREDENTIAL_REF = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Servicelink</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGED_DEVICE__SERVICELINK = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Managed Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGED_DEVICE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Managed Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGED_DEVICE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.patchbay.model.impl.OsbizSystemImpl <em>Osbiz System</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.impl.OsbizSystemImpl
	 * @see io.patchbay.model.impl.EstatePackageImpl#getOsbizSystem()
	 * @generated
	 */
	int OSBIZ_SYSTEM = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__ID = MANAGED_DEVICE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__NAME = MANAGED_DEVICE__NAME;

	/**
	 * The feature id for the '<em><b>Host Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__HOST_ADDRESS = MANAGED_DEVICE__HOST_ADDRESS;

	/**
	 * The feature id for the '<em><b>Ssh Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__SSH_PORT = MANAGED_DEVICE__SSH_PORT;

	/**
	 * The feature id for the '<em><b>Snmp Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__SNMP_PORT = MANAGED_DEVICE__SNMP_PORT;

	/**
	 * The feature id for the '<em><b>Host Key Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__HOST_KEY_FINGERPRINT = MANAGED_DEVICE__HOST_KEY_FINGERPRINT;

	/**
	 * The feature id for the '<em><b>Credential Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__CREDENTIAL_REF = MANAGED_DEVICE__CREDENTIAL_REF;

	/**
	 * The feature id for the '<em><b>Servicelink</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__SERVICELINK = MANAGED_DEVICE__SERVICELINK;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__MODEL = MANAGED_DEVICE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Booster</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__BOOSTER = MANAGED_DEVICE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Release</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__RELEASE = MANAGED_DEVICE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Siel Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__SIEL_ID = MANAGED_DEVICE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Mac</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__MAC = MANAGED_DEVICE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Lan1 Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__LAN1_ADDRESS = MANAGED_DEVICE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Lan2 Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__LAN2_ADDRESS = MANAGED_DEVICE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Internet Interface</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__INTERNET_INTERFACE = MANAGED_DEVICE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Wan Firewall Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__WAN_FIREWALL_ENABLED = MANAGED_DEVICE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Public Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__PUBLIC_ADDRESS = MANAGED_DEVICE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Public Address Dynamic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__PUBLIC_ADDRESS_DYNAMIC = MANAGED_DEVICE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Upstream Kbps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__UPSTREAM_KBPS = MANAGED_DEVICE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Simultaneous Internet Calls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__SIMULTANEOUS_INTERNET_CALLS = MANAGED_DEVICE_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Stun Server</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__STUN_SERVER = MANAGED_DEVICE_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Stun Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__STUN_PORT = MANAGED_DEVICE_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Sip Internet Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__SIP_INTERNET_PORT = MANAGED_DEVICE_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Sip Internet Tls Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__SIP_INTERNET_TLS_PORT = MANAGED_DEVICE_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Spe Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__SPE_ENABLED = MANAGED_DEVICE_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Spe Minimum Key Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__SPE_MINIMUM_KEY_LENGTH = MANAGED_DEVICE_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Spe Certificate Validation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__SPE_CERTIFICATE_VALIDATION = MANAGED_DEVICE_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Spe Certificate</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__SPE_CERTIFICATE = MANAGED_DEVICE_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Dli Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__DLI_ENABLED = MANAGED_DEVICE_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Password Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__PASSWORD_POLICY = MANAGED_DEVICE_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Hfa Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__HFA_PORT = MANAGED_DEVICE_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Hfa Tls Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__HFA_TLS_PORT = MANAGED_DEVICE_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Https Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__HTTPS_PORT = MANAGED_DEVICE_FEATURE_COUNT + 25;

	/**
	 * The feature id for the '<em><b>Rtp Port Range</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__RTP_PORT_RANGE = MANAGED_DEVICE_FEATURE_COUNT + 26;

	/**
	 * The feature id for the '<em><b>Tls Fallback To Tls10</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__TLS_FALLBACK_TO_TLS10 = MANAGED_DEVICE_FEATURE_COUNT + 27;

	/**
	 * The feature id for the '<em><b>Planned Itsp Calls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__PLANNED_ITSP_CALLS = MANAGED_DEVICE_FEATURE_COUNT + 28;

	/**
	 * The feature id for the '<em><b>Planned Circuit Calls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__PLANNED_CIRCUIT_CALLS = MANAGED_DEVICE_FEATURE_COUNT + 29;

	/**
	 * The feature id for the '<em><b>Planned Home Calls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__PLANNED_HOME_CALLS = MANAGED_DEVICE_FEATURE_COUNT + 30;

	/**
	 * The feature id for the '<em><b>Access Router</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__ACCESS_ROUTER = MANAGED_DEVICE_FEATURE_COUNT + 31;

	/**
	 * The feature id for the '<em><b>Itsp Trunks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__ITSP_TRUNKS = MANAGED_DEVICE_FEATURE_COUNT + 32;

	/**
	 * The feature id for the '<em><b>Stations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__STATIONS = MANAGED_DEVICE_FEATURE_COUNT + 33;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM__DEVICES = MANAGED_DEVICE_FEATURE_COUNT + 34;

	/**
	 * The number of structural features of the '<em>Osbiz System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM_FEATURE_COUNT = MANAGED_DEVICE_FEATURE_COUNT + 35;

	/**
	 * The number of operations of the '<em>Osbiz System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSBIZ_SYSTEM_OPERATION_COUNT = MANAGED_DEVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.patchbay.model.impl.ItspTrunkImpl <em>Itsp Trunk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.impl.ItspTrunkImpl
	 * @see io.patchbay.model.impl.EstatePackageImpl#getItspTrunk()
	 * @generated
	 */
	int ITSP_TRUNK = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITSP_TRUNK__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITSP_TRUNK__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITSP_TRUNK__PROVIDER = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITSP_TRUNK__ACTIVE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Lan Interface</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITSP_TRUNK__LAN_INTERFACE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Stun Server</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITSP_TRUNK__STUN_SERVER = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Stun Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITSP_TRUNK__STUN_PORT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Itsp Trunk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITSP_TRUNK_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Itsp Trunk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITSP_TRUNK_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.patchbay.model.impl.StationImpl <em>Station</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.impl.StationImpl
	 * @see io.patchbay.model.impl.EstatePackageImpl#getStation()
	 * @generated
	 */
	int STATION = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATION__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATION__NUMBER = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATION__NAME = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATION__TYPE = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Authentication</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATION__AUTHENTICATION = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Password Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATION__PASSWORD_REF = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Sip User Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATION__SIP_USER_ID = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Realm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATION__REALM = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Class Of Service</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATION__CLASS_OF_SERVICE = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Sbc Flag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATION__SBC_FLAG = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Spe Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATION__SPE_ENABLED = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Ip User Licence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATION__IP_USER_LICENCE = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Station</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATION_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Station</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATION_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.patchbay.model.impl.DeviceImpl <em>Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.impl.DeviceImpl
	 * @see io.patchbay.model.impl.EstatePackageImpl#getDevice()
	 * @generated
	 */
	int DEVICE = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__MODEL = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__FIRMWARE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Mac</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__MAC = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__PLACE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Station</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__STATION = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Home Router</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__HOME_ROUTER = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Gateway</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__GATEWAY = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Gateway Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__GATEWAY_PORT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Dls Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__DLS_ADDRESS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Time From System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__TIME_FROM_SYSTEM = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Transport</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__TRANSPORT = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Tls Renegotiation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__TLS_RENEGOTIATION = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Stun</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__STUN = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Video</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__VIDEO = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Codec</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__CODEC = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Mobile Data Voip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__MOBILE_DATA_VOIP = NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Srtp Sdes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__SRTP_SDES = NAMED_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The number of structural features of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The number of operations of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.patchbay.model.impl.RouterImpl <em>Router</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.impl.RouterImpl
	 * @see io.patchbay.model.impl.EstatePackageImpl#getRouter()
	 * @generated
	 */
	int ROUTER = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__ID = MANAGED_DEVICE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__NAME = MANAGED_DEVICE__NAME;

	/**
	 * The feature id for the '<em><b>Host Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__HOST_ADDRESS = MANAGED_DEVICE__HOST_ADDRESS;

	/**
	 * The feature id for the '<em><b>Ssh Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__SSH_PORT = MANAGED_DEVICE__SSH_PORT;

	/**
	 * The feature id for the '<em><b>Snmp Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__SNMP_PORT = MANAGED_DEVICE__SNMP_PORT;

	/**
	 * The feature id for the '<em><b>Host Key Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__HOST_KEY_FINGERPRINT = MANAGED_DEVICE__HOST_KEY_FINGERPRINT;

	/**
	 * The feature id for the '<em><b>Credential Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__CREDENTIAL_REF = MANAGED_DEVICE__CREDENTIAL_REF;

	/**
	 * The feature id for the '<em><b>Servicelink</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__SERVICELINK = MANAGED_DEVICE__SERVICELINK;

	/**
	 * The feature id for the '<em><b>Public Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__PUBLIC_ADDRESS = MANAGED_DEVICE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Nat Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__NAT_TYPE = MANAGED_DEVICE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Router</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER_FEATURE_COUNT = MANAGED_DEVICE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Router</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER_OPERATION_COUNT = MANAGED_DEVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.patchbay.model.impl.CompanyRouterImpl <em>Company Router</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.impl.CompanyRouterImpl
	 * @see io.patchbay.model.impl.EstatePackageImpl#getCompanyRouter()
	 * @generated
	 */
	int COMPANY_ROUTER = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_ROUTER__ID = ROUTER__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_ROUTER__NAME = ROUTER__NAME;

	/**
	 * The feature id for the '<em><b>Host Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_ROUTER__HOST_ADDRESS = ROUTER__HOST_ADDRESS;

	/**
	 * The feature id for the '<em><b>Ssh Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_ROUTER__SSH_PORT = ROUTER__SSH_PORT;

	/**
	 * The feature id for the '<em><b>Snmp Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_ROUTER__SNMP_PORT = ROUTER__SNMP_PORT;

	/**
	 * The feature id for the '<em><b>Host Key Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_ROUTER__HOST_KEY_FINGERPRINT = ROUTER__HOST_KEY_FINGERPRINT;

	/**
	 * The feature id for the '<em><b>Credential Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_ROUTER__CREDENTIAL_REF = ROUTER__CREDENTIAL_REF;

	/**
	 * The feature id for the '<em><b>Servicelink</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_ROUTER__SERVICELINK = ROUTER__SERVICELINK;

	/**
	 * The feature id for the '<em><b>Public Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_ROUTER__PUBLIC_ADDRESS = ROUTER__PUBLIC_ADDRESS;

	/**
	 * The feature id for the '<em><b>Nat Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_ROUTER__NAT_TYPE = ROUTER__NAT_TYPE;

	/**
	 * The feature id for the '<em><b>Outbound Filtering</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_ROUTER__OUTBOUND_FILTERING = ROUTER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Dyn Dns Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_ROUTER__DYN_DNS_PROVIDER = ROUTER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Dyn Dns Host Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_ROUTER__DYN_DNS_HOST_NAME = ROUTER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Dyn Dns Credential Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_ROUTER__DYN_DNS_CREDENTIAL_REF = ROUTER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Dyn Dns Free Account</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_ROUTER__DYN_DNS_FREE_ACCOUNT = ROUTER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Port Forwarding Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_ROUTER__PORT_FORWARDING_RULES = ROUTER_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Tls Inspection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_ROUTER__TLS_INSPECTION = ROUTER_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Https Only Outbound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_ROUTER__HTTPS_ONLY_OUTBOUND = ROUTER_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Allows Related Inbound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_ROUTER__ALLOWS_RELATED_INBOUND = ROUTER_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Outbound Allowances</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_ROUTER__OUTBOUND_ALLOWANCES = ROUTER_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Company Router</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_ROUTER_FEATURE_COUNT = ROUTER_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Company Router</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_ROUTER_OPERATION_COUNT = ROUTER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.patchbay.model.impl.PortForwardingRuleImpl <em>Port Forwarding Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.impl.PortForwardingRuleImpl
	 * @see io.patchbay.model.impl.EstatePackageImpl#getPortForwardingRule()
	 * @generated
	 */
	int PORT_FORWARDING_RULE = 12;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_FORWARDING_RULE__PROTOCOL = 0;

	/**
	 * The feature id for the '<em><b>External Ports</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_FORWARDING_RULE__EXTERNAL_PORTS = 1;

	/**
	 * The feature id for the '<em><b>Internal Ports</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_FORWARDING_RULE__INTERNAL_PORTS = 2;

	/**
	 * The feature id for the '<em><b>Internal Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_FORWARDING_RULE__INTERNAL_HOST = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_FORWARDING_RULE__DESCRIPTION = 4;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_FORWARDING_RULE__ENABLED = 5;

	/**
	 * The number of structural features of the '<em>Port Forwarding Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_FORWARDING_RULE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Port Forwarding Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_FORWARDING_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.patchbay.model.impl.HomeRouterImpl <em>Home Router</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.impl.HomeRouterImpl
	 * @see io.patchbay.model.impl.EstatePackageImpl#getHomeRouter()
	 * @generated
	 */
	int HOME_ROUTER = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_ROUTER__ID = ROUTER__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_ROUTER__NAME = ROUTER__NAME;

	/**
	 * The feature id for the '<em><b>Host Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_ROUTER__HOST_ADDRESS = ROUTER__HOST_ADDRESS;

	/**
	 * The feature id for the '<em><b>Ssh Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_ROUTER__SSH_PORT = ROUTER__SSH_PORT;

	/**
	 * The feature id for the '<em><b>Snmp Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_ROUTER__SNMP_PORT = ROUTER__SNMP_PORT;

	/**
	 * The feature id for the '<em><b>Host Key Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_ROUTER__HOST_KEY_FINGERPRINT = ROUTER__HOST_KEY_FINGERPRINT;

	/**
	 * The feature id for the '<em><b>Credential Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_ROUTER__CREDENTIAL_REF = ROUTER__CREDENTIAL_REF;

	/**
	 * The feature id for the '<em><b>Servicelink</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_ROUTER__SERVICELINK = ROUTER__SERVICELINK;

	/**
	 * The feature id for the '<em><b>Public Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_ROUTER__PUBLIC_ADDRESS = ROUTER__PUBLIC_ADDRESS;

	/**
	 * The feature id for the '<em><b>Nat Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_ROUTER__NAT_TYPE = ROUTER__NAT_TYPE;

	/**
	 * The feature id for the '<em><b>Sip Alg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_ROUTER__SIP_ALG = ROUTER_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Home Router</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_ROUTER_FEATURE_COUNT = ROUTER_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Home Router</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOME_ROUTER_OPERATION_COUNT = ROUTER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.patchbay.model.impl.BuffaloRouterImpl <em>Buffalo Router</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.impl.BuffaloRouterImpl
	 * @see io.patchbay.model.impl.EstatePackageImpl#getBuffaloRouter()
	 * @generated
	 */
	int BUFFALO_ROUTER = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFALO_ROUTER__ID = ROUTER__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFALO_ROUTER__NAME = ROUTER__NAME;

	/**
	 * The feature id for the '<em><b>Host Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFALO_ROUTER__HOST_ADDRESS = ROUTER__HOST_ADDRESS;

	/**
	 * The feature id for the '<em><b>Ssh Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFALO_ROUTER__SSH_PORT = ROUTER__SSH_PORT;

	/**
	 * The feature id for the '<em><b>Snmp Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFALO_ROUTER__SNMP_PORT = ROUTER__SNMP_PORT;

	/**
	 * The feature id for the '<em><b>Host Key Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFALO_ROUTER__HOST_KEY_FINGERPRINT = ROUTER__HOST_KEY_FINGERPRINT;

	/**
	 * The feature id for the '<em><b>Credential Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFALO_ROUTER__CREDENTIAL_REF = ROUTER__CREDENTIAL_REF;

	/**
	 * The feature id for the '<em><b>Servicelink</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFALO_ROUTER__SERVICELINK = ROUTER__SERVICELINK;

	/**
	 * The feature id for the '<em><b>Public Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFALO_ROUTER__PUBLIC_ADDRESS = ROUTER__PUBLIC_ADDRESS;

	/**
	 * The feature id for the '<em><b>Nat Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFALO_ROUTER__NAT_TYPE = ROUTER__NAT_TYPE;

	/**
	 * The feature id for the '<em><b>Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFALO_ROUTER__FIRMWARE = ROUTER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Web Ui Https</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFALO_ROUTER__WEB_UI_HTTPS = ROUTER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Ntp Server</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFALO_ROUTER__NTP_SERVER = ROUTER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>No Ntp Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFALO_ROUTER__NO_NTP_TIME = ROUTER_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Buffalo Router</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFALO_ROUTER_FEATURE_COUNT = ROUTER_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Buffalo Router</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFALO_ROUTER_OPERATION_COUNT = ROUTER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.patchbay.model.impl.RsipServerImpl <em>Rsip Server</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.impl.RsipServerImpl
	 * @see io.patchbay.model.impl.EstatePackageImpl#getRsipServer()
	 * @generated
	 */
	int RSIP_SERVER = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_SERVER__ID = MANAGED_DEVICE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_SERVER__NAME = MANAGED_DEVICE__NAME;

	/**
	 * The feature id for the '<em><b>Host Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_SERVER__HOST_ADDRESS = MANAGED_DEVICE__HOST_ADDRESS;

	/**
	 * The feature id for the '<em><b>Ssh Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_SERVER__SSH_PORT = MANAGED_DEVICE__SSH_PORT;

	/**
	 * The feature id for the '<em><b>Snmp Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_SERVER__SNMP_PORT = MANAGED_DEVICE__SNMP_PORT;

	/**
	 * The feature id for the '<em><b>Host Key Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_SERVER__HOST_KEY_FINGERPRINT = MANAGED_DEVICE__HOST_KEY_FINGERPRINT;

	/**
	 * The feature id for the '<em><b>Credential Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_SERVER__CREDENTIAL_REF = MANAGED_DEVICE__CREDENTIAL_REF;

	/**
	 * The feature id for the '<em><b>Servicelink</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_SERVER__SERVICELINK = MANAGED_DEVICE__SERVICELINK;

	/**
	 * The feature id for the '<em><b>Control Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_SERVER__CONTROL_PORT = MANAGED_DEVICE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Control Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_SERVER__CONTROL_PROTOCOL = MANAGED_DEVICE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Port Range</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_SERVER__PORT_RANGE = MANAGED_DEVICE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Listen Range</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_SERVER__LISTEN_RANGE = MANAGED_DEVICE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Max Clients</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_SERVER__MAX_CLIENTS = MANAGED_DEVICE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Internal Interface</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_SERVER__INTERNAL_INTERFACE = MANAGED_DEVICE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>External Interface</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_SERVER__EXTERNAL_INTERFACE = MANAGED_DEVICE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Pool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_SERVER__POOL = MANAGED_DEVICE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Mtu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_SERVER__MTU = MANAGED_DEVICE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>External Interface Mtu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_SERVER__EXTERNAL_INTERFACE_MTU = MANAGED_DEVICE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Log Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_SERVER__LOG_LEVEL = MANAGED_DEVICE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Gateway Local Port Range</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_SERVER__GATEWAY_LOCAL_PORT_RANGE = MANAGED_DEVICE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Clients</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_SERVER__CLIENTS = MANAGED_DEVICE_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Rsip Server</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_SERVER_FEATURE_COUNT = MANAGED_DEVICE_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Rsip Server</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_SERVER_OPERATION_COUNT = MANAGED_DEVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.patchbay.model.impl.RsipClientImpl <em>Rsip Client</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.impl.RsipClientImpl
	 * @see io.patchbay.model.impl.EstatePackageImpl#getRsipClient()
	 * @generated
	 */
	int RSIP_CLIENT = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_CLIENT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_CLIENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Host Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_CLIENT__HOST_ADDRESS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_CLIENT__MODE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Tunnel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_CLIENT__TUNNEL = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Mtu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_CLIENT__MTU = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Binds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_CLIENT__BINDS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Rsip Client</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_CLIENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Rsip Client</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_CLIENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.patchbay.model.impl.RsipBindImpl <em>Rsip Bind</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.impl.RsipBindImpl
	 * @see io.patchbay.model.impl.EstatePackageImpl#getRsipBind()
	 * @generated
	 */
	int RSIP_BIND = 17;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_BIND__PROTOCOL = 0;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_BIND__PORTS = 1;

	/**
	 * The feature id for the '<em><b>Listen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_BIND__LISTEN = 2;

	/**
	 * The number of structural features of the '<em>Rsip Bind</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_BIND_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Rsip Bind</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RSIP_BIND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.patchbay.model.impl.CertificateImpl <em>Certificate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.impl.CertificateImpl
	 * @see io.patchbay.model.impl.EstatePackageImpl#getCertificate()
	 * @generated
	 */
	int CERTIFICATE = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__SERIAL_NUMBER = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Signature Algorithm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__SIGNATURE_ALGORITHM = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Key Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__KEY_LENGTH = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__VALID_FROM = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Valid Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__VALID_UNTIL = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Subject Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__SUBJECT_COUNTRY = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Subject Organization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__SUBJECT_ORGANIZATION = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Subject Organizational Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__SUBJECT_ORGANIZATIONAL_UNIT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Subject Common Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__SUBJECT_COMMON_NAME = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Subject Alternative Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__SUBJECT_ALTERNATIVE_NAME = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Crl Distribution Point</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__CRL_DISTRIBUTION_POINT = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Imported</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__IMPORTED = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__ISSUER = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Passphrase Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__PASSPHRASE_REF = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Certificate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Certificate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.patchbay.model.impl.ServicelinkIdentityImpl <em>Servicelink Identity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.impl.ServicelinkIdentityImpl
	 * @see io.patchbay.model.impl.EstatePackageImpl#getServicelinkIdentity()
	 * @generated
	 */
	int SERVICELINK_IDENTITY = 19;

	/**
	 * The feature id for the '<em><b>Device Identifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICELINK_IDENTITY__DEVICE_IDENTIFIER = 0;

	/**
	 * The feature id for the '<em><b>Siel Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICELINK_IDENTITY__SIEL_ID = 1;

	/**
	 * The feature id for the '<em><b>Mac</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICELINK_IDENTITY__MAC = 2;

	/**
	 * The feature id for the '<em><b>Customer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICELINK_IDENTITY__CUSTOMER_ID = 3;

	/**
	 * The feature id for the '<em><b>Credential Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICELINK_IDENTITY__CREDENTIAL_REF = 4;

	/**
	 * The number of structural features of the '<em>Servicelink Identity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICELINK_IDENTITY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Servicelink Identity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICELINK_IDENTITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.patchbay.model.impl.PasswordPolicyImpl <em>Password Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.impl.PasswordPolicyImpl
	 * @see io.patchbay.model.impl.EstatePackageImpl#getPasswordPolicy()
	 * @generated
	 */
	int PASSWORD_POLICY = 20;

	/**
	 * The feature id for the '<em><b>Minimum Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSWORD_POLICY__MINIMUM_LENGTH = 0;

	/**
	 * The feature id for the '<em><b>Required Character Classes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSWORD_POLICY__REQUIRED_CHARACTER_CLASSES = 1;

	/**
	 * The number of structural features of the '<em>Password Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSWORD_POLICY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Password Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSWORD_POLICY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.patchbay.model.impl.OutboundAllowanceImpl <em>Outbound Allowance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.impl.OutboundAllowanceImpl
	 * @see io.patchbay.model.impl.EstatePackageImpl#getOutboundAllowance()
	 * @generated
	 */
	int OUTBOUND_ALLOWANCE = 21;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOUND_ALLOWANCE__HOST = 0;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOUND_ALLOWANCE__PORT = 1;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOUND_ALLOWANCE__PROTOCOL = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOUND_ALLOWANCE__DESCRIPTION = 3;

	/**
	 * The number of structural features of the '<em>Outbound Allowance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOUND_ALLOWANCE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Outbound Allowance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOUND_ALLOWANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.patchbay.model.impl.ServicelinkEndpointImpl <em>Servicelink Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.impl.ServicelinkEndpointImpl
	 * @see io.patchbay.model.impl.EstatePackageImpl#getServicelinkEndpoint()
	 * @generated
	 */
	int SERVICELINK_ENDPOINT = 22;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICELINK_ENDPOINT__ROLE = 0;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICELINK_ENDPOINT__HOST = 1;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICELINK_ENDPOINT__PORT = 2;

	/**
	 * The number of structural features of the '<em>Servicelink Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICELINK_ENDPOINT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Servicelink Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICELINK_ENDPOINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.patchbay.model.SystemModel <em>System Model</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.SystemModel
	 * @see io.patchbay.model.impl.EstatePackageImpl#getSystemModel()
	 * @generated
	 */
	int SYSTEM_MODEL = 23;

	/**
	 * The meta object id for the '{@link io.patchbay.model.Booster <em>Booster</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.Booster
	 * @see io.patchbay.model.impl.EstatePackageImpl#getBooster()
	 * @generated
	 */
	int BOOSTER = 24;

	/**
	 * The meta object id for the '{@link io.patchbay.model.LanInterface <em>Lan Interface</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.LanInterface
	 * @see io.patchbay.model.impl.EstatePackageImpl#getLanInterface()
	 * @generated
	 */
	int LAN_INTERFACE = 25;

	/**
	 * The meta object id for the '{@link io.patchbay.model.StationType <em>Station Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.StationType
	 * @see io.patchbay.model.impl.EstatePackageImpl#getStationType()
	 * @generated
	 */
	int STATION_TYPE = 26;

	/**
	 * The meta object id for the '{@link io.patchbay.model.ClassOfService <em>Class Of Service</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.ClassOfService
	 * @see io.patchbay.model.impl.EstatePackageImpl#getClassOfService()
	 * @generated
	 */
	int CLASS_OF_SERVICE = 27;

	/**
	 * The meta object id for the '{@link io.patchbay.model.DeviceModel <em>Device Model</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.DeviceModel
	 * @see io.patchbay.model.impl.EstatePackageImpl#getDeviceModel()
	 * @generated
	 */
	int DEVICE_MODEL = 28;

	/**
	 * The meta object id for the '{@link io.patchbay.model.Place <em>Place</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.Place
	 * @see io.patchbay.model.impl.EstatePackageImpl#getPlace()
	 * @generated
	 */
	int PLACE = 29;

	/**
	 * The meta object id for the '{@link io.patchbay.model.NatType <em>Nat Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.NatType
	 * @see io.patchbay.model.impl.EstatePackageImpl#getNatType()
	 * @generated
	 */
	int NAT_TYPE = 30;

	/**
	 * The meta object id for the '{@link io.patchbay.model.SipAlg <em>Sip Alg</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.SipAlg
	 * @see io.patchbay.model.impl.EstatePackageImpl#getSipAlg()
	 * @generated
	 */
	int SIP_ALG = 31;

	/**
	 * The meta object id for the '{@link io.patchbay.model.TransportProtocol <em>Transport Protocol</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.TransportProtocol
	 * @see io.patchbay.model.impl.EstatePackageImpl#getTransportProtocol()
	 * @generated
	 */
	int TRANSPORT_PROTOCOL = 32;

	/**
	 * The meta object id for the '{@link io.patchbay.model.RsipMode <em>Rsip Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.RsipMode
	 * @see io.patchbay.model.impl.EstatePackageImpl#getRsipMode()
	 * @generated
	 */
	int RSIP_MODE = 33;

	/**
	 * The meta object id for the '{@link io.patchbay.model.RsipTunnel <em>Rsip Tunnel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.RsipTunnel
	 * @see io.patchbay.model.impl.EstatePackageImpl#getRsipTunnel()
	 * @generated
	 */
	int RSIP_TUNNEL = 34;

	/**
	 * The meta object id for the '{@link io.patchbay.model.CertificateKind <em>Certificate Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.CertificateKind
	 * @see io.patchbay.model.impl.EstatePackageImpl#getCertificateKind()
	 * @generated
	 */
	int CERTIFICATE_KIND = 35;

	/**
	 * The meta object id for the '{@link io.patchbay.model.SignatureAlgorithm <em>Signature Algorithm</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.SignatureAlgorithm
	 * @see io.patchbay.model.impl.EstatePackageImpl#getSignatureAlgorithm()
	 * @generated
	 */
	int SIGNATURE_ALGORITHM = 36;

	/**
	 * The meta object id for the '{@link io.patchbay.model.SignallingTransport <em>Signalling Transport</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.SignallingTransport
	 * @see io.patchbay.model.impl.EstatePackageImpl#getSignallingTransport()
	 * @generated
	 */
	int SIGNALLING_TRANSPORT = 37;

	/**
	 * The meta object id for the '{@link io.patchbay.model.TlsRenegotiation <em>Tls Renegotiation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.TlsRenegotiation
	 * @see io.patchbay.model.impl.EstatePackageImpl#getTlsRenegotiation()
	 * @generated
	 */
	int TLS_RENEGOTIATION = 38;

	/**
	 * The meta object id for the '{@link io.patchbay.model.Codec <em>Codec</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.Codec
	 * @see io.patchbay.model.impl.EstatePackageImpl#getCodec()
	 * @generated
	 */
	int CODEC = 39;

	/**
	 * The meta object id for the '<em>Port Range</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.PortRange
	 * @see io.patchbay.model.impl.EstatePackageImpl#getPortRange()
	 * @generated
	 */
	int PORT_RANGE = 40;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see io.patchbay.model.impl.EstatePackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 41;

	/**
	 * The meta object id for the '<em>Software Version</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.patchbay.model.SoftwareVersion
	 * @see io.patchbay.model.impl.EstatePackageImpl#getSoftwareVersion()
	 * @generated
	 */
	int SOFTWARE_VERSION = 42;


	/**
	 * Returns the meta object for class '{@link io.patchbay.model.Identifiable <em>Identifiable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identifiable</em>'.
	 * @see io.patchbay.model.Identifiable
	 * @generated
	 */
	EClass getIdentifiable();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Identifiable#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.patchbay.model.Identifiable#getId()
	 * @see #getIdentifiable()
	 * @generated
	 */
	EAttribute getIdentifiable_Id();

	/**
	 * Returns the meta object for class '{@link io.patchbay.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see io.patchbay.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.patchbay.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for class '{@link io.patchbay.model.Estate <em>Estate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Estate</em>'.
	 * @see io.patchbay.model.Estate
	 * @generated
	 */
	EClass getEstate();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Estate#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.patchbay.model.Estate#getName()
	 * @see #getEstate()
	 * @generated
	 */
	EAttribute getEstate_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link io.patchbay.model.Estate#getCustomers <em>Customers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Customers</em>'.
	 * @see io.patchbay.model.Estate#getCustomers()
	 * @see #getEstate()
	 * @generated
	 */
	EReference getEstate_Customers();

	/**
	 * Returns the meta object for the containment reference list '{@link io.patchbay.model.Estate#getCertificates <em>Certificates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Certificates</em>'.
	 * @see io.patchbay.model.Estate#getCertificates()
	 * @see #getEstate()
	 * @generated
	 */
	EReference getEstate_Certificates();

	/**
	 * Returns the meta object for the containment reference list '{@link io.patchbay.model.Estate#getServicelinkEndpoints <em>Servicelink Endpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Servicelink Endpoints</em>'.
	 * @see io.patchbay.model.Estate#getServicelinkEndpoints()
	 * @see #getEstate()
	 * @generated
	 */
	EReference getEstate_ServicelinkEndpoints();

	/**
	 * Returns the meta object for class '{@link io.patchbay.model.Customer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer</em>'.
	 * @see io.patchbay.model.Customer
	 * @generated
	 */
	EClass getCustomer();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Customer#getCustomerId <em>Customer Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Id</em>'.
	 * @see io.patchbay.model.Customer#getCustomerId()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_CustomerId();

	/**
	 * Returns the meta object for the containment reference list '{@link io.patchbay.model.Customer#getSites <em>Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sites</em>'.
	 * @see io.patchbay.model.Customer#getSites()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Sites();

	/**
	 * Returns the meta object for class '{@link io.patchbay.model.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site</em>'.
	 * @see io.patchbay.model.Site
	 * @generated
	 */
	EClass getSite();

	/**
	 * Returns the meta object for the containment reference list '{@link io.patchbay.model.Site#getSystems <em>Systems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Systems</em>'.
	 * @see io.patchbay.model.Site#getSystems()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Systems();

	/**
	 * Returns the meta object for the containment reference list '{@link io.patchbay.model.Site#getRouters <em>Routers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Routers</em>'.
	 * @see io.patchbay.model.Site#getRouters()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Routers();

	/**
	 * Returns the meta object for the containment reference list '{@link io.patchbay.model.Site#getRsipServers <em>Rsip Servers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rsip Servers</em>'.
	 * @see io.patchbay.model.Site#getRsipServers()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_RsipServers();

	/**
	 * Returns the meta object for class '{@link io.patchbay.model.ManagedDevice <em>Managed Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Managed Device</em>'.
	 * @see io.patchbay.model.ManagedDevice
	 * @generated
	 */
	EClass getManagedDevice();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.ManagedDevice#getHostAddress <em>Host Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host Address</em>'.
	 * @see io.patchbay.model.ManagedDevice#getHostAddress()
	 * @see #getManagedDevice()
	 * @generated
	 */
	EAttribute getManagedDevice_HostAddress();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.ManagedDevice#getSshPort <em>Ssh Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ssh Port</em>'.
	 * @see io.patchbay.model.ManagedDevice#getSshPort()
	 * @see #getManagedDevice()
	 * @generated
	 */
	EAttribute getManagedDevice_SshPort();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.ManagedDevice#getSnmpPort <em>Snmp Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Snmp Port</em>'.
	 * @see io.patchbay.model.ManagedDevice#getSnmpPort()
	 * @see #getManagedDevice()
	 * @generated
	 */
	EAttribute getManagedDevice_SnmpPort();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.ManagedDevice#getHostKeyFingerprint <em>Host Key Fingerprint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host Key Fingerprint</em>'.
	 * @see io.patchbay.model.ManagedDevice#getHostKeyFingerprint()
	 * @see #getManagedDevice()
	 * @generated
	 */
	EAttribute getManagedDevice_HostKeyFingerprint();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.ManagedDevice#getCredentialRef <em>Credential Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credential Ref</em>'.
	 * @see io.patchbay.model.ManagedDevice#getCredentialRef()
	 * @see #getManagedDevice()
	 * @generated
	 */
	EAttribute getManagedDevice_CredentialRef();

	/**
	 * Returns the meta object for the containment reference '{@link io.patchbay.model.ManagedDevice#getServicelink <em>Servicelink</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Servicelink</em>'.
	 * @see io.patchbay.model.ManagedDevice#getServicelink()
	 * @see #getManagedDevice()
	 * @generated
	 */
	EReference getManagedDevice_Servicelink();

	/**
	 * Returns the meta object for class '{@link io.patchbay.model.OsbizSystem <em>Osbiz System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Osbiz System</em>'.
	 * @see io.patchbay.model.OsbizSystem
	 * @generated
	 */
	EClass getOsbizSystem();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see io.patchbay.model.OsbizSystem#getModel()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_Model();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#getBooster <em>Booster</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Booster</em>'.
	 * @see io.patchbay.model.OsbizSystem#getBooster()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_Booster();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#getRelease <em>Release</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Release</em>'.
	 * @see io.patchbay.model.OsbizSystem#getRelease()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_Release();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#getSielId <em>Siel Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Siel Id</em>'.
	 * @see io.patchbay.model.OsbizSystem#getSielId()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_SielId();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#getMac <em>Mac</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mac</em>'.
	 * @see io.patchbay.model.OsbizSystem#getMac()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_Mac();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#getLan1Address <em>Lan1 Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lan1 Address</em>'.
	 * @see io.patchbay.model.OsbizSystem#getLan1Address()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_Lan1Address();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#getLan2Address <em>Lan2 Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lan2 Address</em>'.
	 * @see io.patchbay.model.OsbizSystem#getLan2Address()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_Lan2Address();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#getInternetInterface <em>Internet Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Internet Interface</em>'.
	 * @see io.patchbay.model.OsbizSystem#getInternetInterface()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_InternetInterface();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#isWanFirewallEnabled <em>Wan Firewall Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wan Firewall Enabled</em>'.
	 * @see io.patchbay.model.OsbizSystem#isWanFirewallEnabled()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_WanFirewallEnabled();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#getPublicAddress <em>Public Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Public Address</em>'.
	 * @see io.patchbay.model.OsbizSystem#getPublicAddress()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_PublicAddress();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#isPublicAddressDynamic <em>Public Address Dynamic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Public Address Dynamic</em>'.
	 * @see io.patchbay.model.OsbizSystem#isPublicAddressDynamic()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_PublicAddressDynamic();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#getUpstreamKbps <em>Upstream Kbps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Upstream Kbps</em>'.
	 * @see io.patchbay.model.OsbizSystem#getUpstreamKbps()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_UpstreamKbps();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#getSimultaneousInternetCalls <em>Simultaneous Internet Calls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Simultaneous Internet Calls</em>'.
	 * @see io.patchbay.model.OsbizSystem#getSimultaneousInternetCalls()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_SimultaneousInternetCalls();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#getStunServer <em>Stun Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stun Server</em>'.
	 * @see io.patchbay.model.OsbizSystem#getStunServer()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_StunServer();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#getStunPort <em>Stun Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stun Port</em>'.
	 * @see io.patchbay.model.OsbizSystem#getStunPort()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_StunPort();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#getSipInternetPort <em>Sip Internet Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sip Internet Port</em>'.
	 * @see io.patchbay.model.OsbizSystem#getSipInternetPort()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_SipInternetPort();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#getSipInternetTlsPort <em>Sip Internet Tls Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sip Internet Tls Port</em>'.
	 * @see io.patchbay.model.OsbizSystem#getSipInternetTlsPort()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_SipInternetTlsPort();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#isSpeEnabled <em>Spe Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Spe Enabled</em>'.
	 * @see io.patchbay.model.OsbizSystem#isSpeEnabled()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_SpeEnabled();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#getSpeMinimumKeyLength <em>Spe Minimum Key Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Spe Minimum Key Length</em>'.
	 * @see io.patchbay.model.OsbizSystem#getSpeMinimumKeyLength()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_SpeMinimumKeyLength();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#isSpeCertificateValidation <em>Spe Certificate Validation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Spe Certificate Validation</em>'.
	 * @see io.patchbay.model.OsbizSystem#isSpeCertificateValidation()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_SpeCertificateValidation();

	/**
	 * Returns the meta object for the reference '{@link io.patchbay.model.OsbizSystem#getSpeCertificate <em>Spe Certificate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Spe Certificate</em>'.
	 * @see io.patchbay.model.OsbizSystem#getSpeCertificate()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EReference getOsbizSystem_SpeCertificate();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#isDliEnabled <em>Dli Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dli Enabled</em>'.
	 * @see io.patchbay.model.OsbizSystem#isDliEnabled()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_DliEnabled();

	/**
	 * Returns the meta object for the containment reference '{@link io.patchbay.model.OsbizSystem#getPasswordPolicy <em>Password Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Password Policy</em>'.
	 * @see io.patchbay.model.OsbizSystem#getPasswordPolicy()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EReference getOsbizSystem_PasswordPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#getHfaPort <em>Hfa Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hfa Port</em>'.
	 * @see io.patchbay.model.OsbizSystem#getHfaPort()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_HfaPort();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#getHfaTlsPort <em>Hfa Tls Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hfa Tls Port</em>'.
	 * @see io.patchbay.model.OsbizSystem#getHfaTlsPort()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_HfaTlsPort();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#getHttpsPort <em>Https Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Https Port</em>'.
	 * @see io.patchbay.model.OsbizSystem#getHttpsPort()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_HttpsPort();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#getRtpPortRange <em>Rtp Port Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rtp Port Range</em>'.
	 * @see io.patchbay.model.OsbizSystem#getRtpPortRange()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_RtpPortRange();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#isTlsFallbackToTls10 <em>Tls Fallback To Tls10</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tls Fallback To Tls10</em>'.
	 * @see io.patchbay.model.OsbizSystem#isTlsFallbackToTls10()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_TlsFallbackToTls10();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#getPlannedItspCalls <em>Planned Itsp Calls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Itsp Calls</em>'.
	 * @see io.patchbay.model.OsbizSystem#getPlannedItspCalls()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_PlannedItspCalls();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#getPlannedCircuitCalls <em>Planned Circuit Calls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Circuit Calls</em>'.
	 * @see io.patchbay.model.OsbizSystem#getPlannedCircuitCalls()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_PlannedCircuitCalls();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OsbizSystem#getPlannedHomeCalls <em>Planned Home Calls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Home Calls</em>'.
	 * @see io.patchbay.model.OsbizSystem#getPlannedHomeCalls()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EAttribute getOsbizSystem_PlannedHomeCalls();

	/**
	 * Returns the meta object for the reference '{@link io.patchbay.model.OsbizSystem#getAccessRouter <em>Access Router</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Access Router</em>'.
	 * @see io.patchbay.model.OsbizSystem#getAccessRouter()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EReference getOsbizSystem_AccessRouter();

	/**
	 * Returns the meta object for the containment reference list '{@link io.patchbay.model.OsbizSystem#getItspTrunks <em>Itsp Trunks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Itsp Trunks</em>'.
	 * @see io.patchbay.model.OsbizSystem#getItspTrunks()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EReference getOsbizSystem_ItspTrunks();

	/**
	 * Returns the meta object for the containment reference list '{@link io.patchbay.model.OsbizSystem#getStations <em>Stations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stations</em>'.
	 * @see io.patchbay.model.OsbizSystem#getStations()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EReference getOsbizSystem_Stations();

	/**
	 * Returns the meta object for the containment reference list '{@link io.patchbay.model.OsbizSystem#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Devices</em>'.
	 * @see io.patchbay.model.OsbizSystem#getDevices()
	 * @see #getOsbizSystem()
	 * @generated
	 */
	EReference getOsbizSystem_Devices();

	/**
	 * Returns the meta object for class '{@link io.patchbay.model.ItspTrunk <em>Itsp Trunk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Itsp Trunk</em>'.
	 * @see io.patchbay.model.ItspTrunk
	 * @generated
	 */
	EClass getItspTrunk();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.ItspTrunk#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider</em>'.
	 * @see io.patchbay.model.ItspTrunk#getProvider()
	 * @see #getItspTrunk()
	 * @generated
	 */
	EAttribute getItspTrunk_Provider();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.ItspTrunk#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see io.patchbay.model.ItspTrunk#isActive()
	 * @see #getItspTrunk()
	 * @generated
	 */
	EAttribute getItspTrunk_Active();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.ItspTrunk#getLanInterface <em>Lan Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lan Interface</em>'.
	 * @see io.patchbay.model.ItspTrunk#getLanInterface()
	 * @see #getItspTrunk()
	 * @generated
	 */
	EAttribute getItspTrunk_LanInterface();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.ItspTrunk#getStunServer <em>Stun Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stun Server</em>'.
	 * @see io.patchbay.model.ItspTrunk#getStunServer()
	 * @see #getItspTrunk()
	 * @generated
	 */
	EAttribute getItspTrunk_StunServer();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.ItspTrunk#getStunPort <em>Stun Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stun Port</em>'.
	 * @see io.patchbay.model.ItspTrunk#getStunPort()
	 * @see #getItspTrunk()
	 * @generated
	 */
	EAttribute getItspTrunk_StunPort();

	/**
	 * Returns the meta object for class '{@link io.patchbay.model.Station <em>Station</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Station</em>'.
	 * @see io.patchbay.model.Station
	 * @generated
	 */
	EClass getStation();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Station#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see io.patchbay.model.Station#getNumber()
	 * @see #getStation()
	 * @generated
	 */
	EAttribute getStation_Number();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Station#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.patchbay.model.Station#getName()
	 * @see #getStation()
	 * @generated
	 */
	EAttribute getStation_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Station#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.patchbay.model.Station#getType()
	 * @see #getStation()
	 * @generated
	 */
	EAttribute getStation_Type();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Station#isAuthentication <em>Authentication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Authentication</em>'.
	 * @see io.patchbay.model.Station#isAuthentication()
	 * @see #getStation()
	 * @generated
	 */
	EAttribute getStation_Authentication();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Station#getPasswordRef <em>Password Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Password Ref</em>'.
	 * @see io.patchbay.model.Station#getPasswordRef()
	 * @see #getStation()
	 * @generated
	 */
	EAttribute getStation_PasswordRef();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Station#getSipUserId <em>Sip User Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sip User Id</em>'.
	 * @see io.patchbay.model.Station#getSipUserId()
	 * @see #getStation()
	 * @generated
	 */
	EAttribute getStation_SipUserId();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Station#getRealm <em>Realm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Realm</em>'.
	 * @see io.patchbay.model.Station#getRealm()
	 * @see #getStation()
	 * @generated
	 */
	EAttribute getStation_Realm();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Station#getClassOfService <em>Class Of Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Of Service</em>'.
	 * @see io.patchbay.model.Station#getClassOfService()
	 * @see #getStation()
	 * @generated
	 */
	EAttribute getStation_ClassOfService();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Station#isSbcFlag <em>Sbc Flag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sbc Flag</em>'.
	 * @see io.patchbay.model.Station#isSbcFlag()
	 * @see #getStation()
	 * @generated
	 */
	EAttribute getStation_SbcFlag();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Station#isSpeEnabled <em>Spe Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Spe Enabled</em>'.
	 * @see io.patchbay.model.Station#isSpeEnabled()
	 * @see #getStation()
	 * @generated
	 */
	EAttribute getStation_SpeEnabled();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Station#isIpUserLicence <em>Ip User Licence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ip User Licence</em>'.
	 * @see io.patchbay.model.Station#isIpUserLicence()
	 * @see #getStation()
	 * @generated
	 */
	EAttribute getStation_IpUserLicence();

	/**
	 * Returns the meta object for class '{@link io.patchbay.model.Device <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device</em>'.
	 * @see io.patchbay.model.Device
	 * @generated
	 */
	EClass getDevice();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Device#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see io.patchbay.model.Device#getModel()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Model();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Device#getFirmware <em>Firmware</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Firmware</em>'.
	 * @see io.patchbay.model.Device#getFirmware()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Firmware();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Device#getMac <em>Mac</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mac</em>'.
	 * @see io.patchbay.model.Device#getMac()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Mac();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Device#getPlace <em>Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place</em>'.
	 * @see io.patchbay.model.Device#getPlace()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Place();

	/**
	 * Returns the meta object for the reference '{@link io.patchbay.model.Device#getStation <em>Station</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Station</em>'.
	 * @see io.patchbay.model.Device#getStation()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Station();

	/**
	 * Returns the meta object for the reference '{@link io.patchbay.model.Device#getHomeRouter <em>Home Router</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Home Router</em>'.
	 * @see io.patchbay.model.Device#getHomeRouter()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_HomeRouter();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Device#getGateway <em>Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gateway</em>'.
	 * @see io.patchbay.model.Device#getGateway()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Gateway();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Device#getGatewayPort <em>Gateway Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gateway Port</em>'.
	 * @see io.patchbay.model.Device#getGatewayPort()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_GatewayPort();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Device#getDlsAddress <em>Dls Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dls Address</em>'.
	 * @see io.patchbay.model.Device#getDlsAddress()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_DlsAddress();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Device#isTimeFromSystem <em>Time From System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time From System</em>'.
	 * @see io.patchbay.model.Device#isTimeFromSystem()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_TimeFromSystem();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Device#getTransport <em>Transport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transport</em>'.
	 * @see io.patchbay.model.Device#getTransport()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Transport();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Device#getTlsRenegotiation <em>Tls Renegotiation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tls Renegotiation</em>'.
	 * @see io.patchbay.model.Device#getTlsRenegotiation()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_TlsRenegotiation();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Device#isStun <em>Stun</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stun</em>'.
	 * @see io.patchbay.model.Device#isStun()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Stun();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Device#isVideo <em>Video</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Video</em>'.
	 * @see io.patchbay.model.Device#isVideo()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Video();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Device#getCodec <em>Codec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Codec</em>'.
	 * @see io.patchbay.model.Device#getCodec()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Codec();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Device#isMobileDataVoip <em>Mobile Data Voip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mobile Data Voip</em>'.
	 * @see io.patchbay.model.Device#isMobileDataVoip()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_MobileDataVoip();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Device#isSrtpSdes <em>Srtp Sdes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Srtp Sdes</em>'.
	 * @see io.patchbay.model.Device#isSrtpSdes()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_SrtpSdes();

	/**
	 * Returns the meta object for class '{@link io.patchbay.model.Router <em>Router</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Router</em>'.
	 * @see io.patchbay.model.Router
	 * @generated
	 */
	EClass getRouter();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Router#getPublicAddress <em>Public Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Public Address</em>'.
	 * @see io.patchbay.model.Router#getPublicAddress()
	 * @see #getRouter()
	 * @generated
	 */
	EAttribute getRouter_PublicAddress();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Router#getNatType <em>Nat Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nat Type</em>'.
	 * @see io.patchbay.model.Router#getNatType()
	 * @see #getRouter()
	 * @generated
	 */
	EAttribute getRouter_NatType();

	/**
	 * Returns the meta object for class '{@link io.patchbay.model.CompanyRouter <em>Company Router</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Company Router</em>'.
	 * @see io.patchbay.model.CompanyRouter
	 * @generated
	 */
	EClass getCompanyRouter();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.CompanyRouter#isOutboundFiltering <em>Outbound Filtering</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outbound Filtering</em>'.
	 * @see io.patchbay.model.CompanyRouter#isOutboundFiltering()
	 * @see #getCompanyRouter()
	 * @generated
	 */
	EAttribute getCompanyRouter_OutboundFiltering();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.CompanyRouter#getDynDnsProvider <em>Dyn Dns Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dyn Dns Provider</em>'.
	 * @see io.patchbay.model.CompanyRouter#getDynDnsProvider()
	 * @see #getCompanyRouter()
	 * @generated
	 */
	EAttribute getCompanyRouter_DynDnsProvider();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.CompanyRouter#getDynDnsHostName <em>Dyn Dns Host Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dyn Dns Host Name</em>'.
	 * @see io.patchbay.model.CompanyRouter#getDynDnsHostName()
	 * @see #getCompanyRouter()
	 * @generated
	 */
	EAttribute getCompanyRouter_DynDnsHostName();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.CompanyRouter#getDynDnsCredentialRef <em>Dyn Dns Credential Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dyn Dns Credential Ref</em>'.
	 * @see io.patchbay.model.CompanyRouter#getDynDnsCredentialRef()
	 * @see #getCompanyRouter()
	 * @generated
	 */
	EAttribute getCompanyRouter_DynDnsCredentialRef();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.CompanyRouter#isDynDnsFreeAccount <em>Dyn Dns Free Account</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dyn Dns Free Account</em>'.
	 * @see io.patchbay.model.CompanyRouter#isDynDnsFreeAccount()
	 * @see #getCompanyRouter()
	 * @generated
	 */
	EAttribute getCompanyRouter_DynDnsFreeAccount();

	/**
	 * Returns the meta object for the containment reference list '{@link io.patchbay.model.CompanyRouter#getPortForwardingRules <em>Port Forwarding Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Port Forwarding Rules</em>'.
	 * @see io.patchbay.model.CompanyRouter#getPortForwardingRules()
	 * @see #getCompanyRouter()
	 * @generated
	 */
	EReference getCompanyRouter_PortForwardingRules();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.CompanyRouter#isTlsInspection <em>Tls Inspection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tls Inspection</em>'.
	 * @see io.patchbay.model.CompanyRouter#isTlsInspection()
	 * @see #getCompanyRouter()
	 * @generated
	 */
	EAttribute getCompanyRouter_TlsInspection();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.CompanyRouter#isHttpsOnlyOutbound <em>Https Only Outbound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Https Only Outbound</em>'.
	 * @see io.patchbay.model.CompanyRouter#isHttpsOnlyOutbound()
	 * @see #getCompanyRouter()
	 * @generated
	 */
	EAttribute getCompanyRouter_HttpsOnlyOutbound();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.CompanyRouter#isAllowsRelatedInbound <em>Allows Related Inbound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allows Related Inbound</em>'.
	 * @see io.patchbay.model.CompanyRouter#isAllowsRelatedInbound()
	 * @see #getCompanyRouter()
	 * @generated
	 */
	EAttribute getCompanyRouter_AllowsRelatedInbound();

	/**
	 * Returns the meta object for the containment reference list '{@link io.patchbay.model.CompanyRouter#getOutboundAllowances <em>Outbound Allowances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Outbound Allowances</em>'.
	 * @see io.patchbay.model.CompanyRouter#getOutboundAllowances()
	 * @see #getCompanyRouter()
	 * @generated
	 */
	EReference getCompanyRouter_OutboundAllowances();

	/**
	 * Returns the meta object for class '{@link io.patchbay.model.PortForwardingRule <em>Port Forwarding Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Port Forwarding Rule</em>'.
	 * @see io.patchbay.model.PortForwardingRule
	 * @generated
	 */
	EClass getPortForwardingRule();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.PortForwardingRule#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see io.patchbay.model.PortForwardingRule#getProtocol()
	 * @see #getPortForwardingRule()
	 * @generated
	 */
	EAttribute getPortForwardingRule_Protocol();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.PortForwardingRule#getExternalPorts <em>External Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>External Ports</em>'.
	 * @see io.patchbay.model.PortForwardingRule#getExternalPorts()
	 * @see #getPortForwardingRule()
	 * @generated
	 */
	EAttribute getPortForwardingRule_ExternalPorts();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.PortForwardingRule#getInternalPorts <em>Internal Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Internal Ports</em>'.
	 * @see io.patchbay.model.PortForwardingRule#getInternalPorts()
	 * @see #getPortForwardingRule()
	 * @generated
	 */
	EAttribute getPortForwardingRule_InternalPorts();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.PortForwardingRule#getInternalHost <em>Internal Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Internal Host</em>'.
	 * @see io.patchbay.model.PortForwardingRule#getInternalHost()
	 * @see #getPortForwardingRule()
	 * @generated
	 */
	EAttribute getPortForwardingRule_InternalHost();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.PortForwardingRule#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.patchbay.model.PortForwardingRule#getDescription()
	 * @see #getPortForwardingRule()
	 * @generated
	 */
	EAttribute getPortForwardingRule_Description();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.PortForwardingRule#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see io.patchbay.model.PortForwardingRule#isEnabled()
	 * @see #getPortForwardingRule()
	 * @generated
	 */
	EAttribute getPortForwardingRule_Enabled();

	/**
	 * Returns the meta object for class '{@link io.patchbay.model.HomeRouter <em>Home Router</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Home Router</em>'.
	 * @see io.patchbay.model.HomeRouter
	 * @generated
	 */
	EClass getHomeRouter();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.HomeRouter#getSipAlg <em>Sip Alg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sip Alg</em>'.
	 * @see io.patchbay.model.HomeRouter#getSipAlg()
	 * @see #getHomeRouter()
	 * @generated
	 */
	EAttribute getHomeRouter_SipAlg();

	/**
	 * Returns the meta object for class '{@link io.patchbay.model.BuffaloRouter <em>Buffalo Router</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Buffalo Router</em>'.
	 * @see io.patchbay.model.BuffaloRouter
	 * @generated
	 */
	EClass getBuffaloRouter();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.BuffaloRouter#getFirmware <em>Firmware</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Firmware</em>'.
	 * @see io.patchbay.model.BuffaloRouter#getFirmware()
	 * @see #getBuffaloRouter()
	 * @generated
	 */
	EAttribute getBuffaloRouter_Firmware();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.BuffaloRouter#isWebUiHttps <em>Web Ui Https</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Web Ui Https</em>'.
	 * @see io.patchbay.model.BuffaloRouter#isWebUiHttps()
	 * @see #getBuffaloRouter()
	 * @generated
	 */
	EAttribute getBuffaloRouter_WebUiHttps();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.BuffaloRouter#getNtpServer <em>Ntp Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ntp Server</em>'.
	 * @see io.patchbay.model.BuffaloRouter#getNtpServer()
	 * @see #getBuffaloRouter()
	 * @generated
	 */
	EAttribute getBuffaloRouter_NtpServer();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.BuffaloRouter#getNoNtpTime <em>No Ntp Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>No Ntp Time</em>'.
	 * @see io.patchbay.model.BuffaloRouter#getNoNtpTime()
	 * @see #getBuffaloRouter()
	 * @generated
	 */
	EAttribute getBuffaloRouter_NoNtpTime();

	/**
	 * Returns the meta object for class '{@link io.patchbay.model.RsipServer <em>Rsip Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rsip Server</em>'.
	 * @see io.patchbay.model.RsipServer
	 * @generated
	 */
	EClass getRsipServer();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.RsipServer#getControlPort <em>Control Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Control Port</em>'.
	 * @see io.patchbay.model.RsipServer#getControlPort()
	 * @see #getRsipServer()
	 * @generated
	 */
	EAttribute getRsipServer_ControlPort();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.RsipServer#getControlProtocol <em>Control Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Control Protocol</em>'.
	 * @see io.patchbay.model.RsipServer#getControlProtocol()
	 * @see #getRsipServer()
	 * @generated
	 */
	EAttribute getRsipServer_ControlProtocol();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.RsipServer#getPortRange <em>Port Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port Range</em>'.
	 * @see io.patchbay.model.RsipServer#getPortRange()
	 * @see #getRsipServer()
	 * @generated
	 */
	EAttribute getRsipServer_PortRange();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.RsipServer#getListenRange <em>Listen Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Listen Range</em>'.
	 * @see io.patchbay.model.RsipServer#getListenRange()
	 * @see #getRsipServer()
	 * @generated
	 */
	EAttribute getRsipServer_ListenRange();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.RsipServer#getMaxClients <em>Max Clients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Clients</em>'.
	 * @see io.patchbay.model.RsipServer#getMaxClients()
	 * @see #getRsipServer()
	 * @generated
	 */
	EAttribute getRsipServer_MaxClients();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.RsipServer#getInternalInterface <em>Internal Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Internal Interface</em>'.
	 * @see io.patchbay.model.RsipServer#getInternalInterface()
	 * @see #getRsipServer()
	 * @generated
	 */
	EAttribute getRsipServer_InternalInterface();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.RsipServer#getExternalInterface <em>External Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>External Interface</em>'.
	 * @see io.patchbay.model.RsipServer#getExternalInterface()
	 * @see #getRsipServer()
	 * @generated
	 */
	EAttribute getRsipServer_ExternalInterface();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.RsipServer#getPool <em>Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pool</em>'.
	 * @see io.patchbay.model.RsipServer#getPool()
	 * @see #getRsipServer()
	 * @generated
	 */
	EAttribute getRsipServer_Pool();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.RsipServer#getMtu <em>Mtu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mtu</em>'.
	 * @see io.patchbay.model.RsipServer#getMtu()
	 * @see #getRsipServer()
	 * @generated
	 */
	EAttribute getRsipServer_Mtu();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.RsipServer#getExternalInterfaceMtu <em>External Interface Mtu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>External Interface Mtu</em>'.
	 * @see io.patchbay.model.RsipServer#getExternalInterfaceMtu()
	 * @see #getRsipServer()
	 * @generated
	 */
	EAttribute getRsipServer_ExternalInterfaceMtu();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.RsipServer#getLogLevel <em>Log Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Log Level</em>'.
	 * @see io.patchbay.model.RsipServer#getLogLevel()
	 * @see #getRsipServer()
	 * @generated
	 */
	EAttribute getRsipServer_LogLevel();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.RsipServer#getGatewayLocalPortRange <em>Gateway Local Port Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gateway Local Port Range</em>'.
	 * @see io.patchbay.model.RsipServer#getGatewayLocalPortRange()
	 * @see #getRsipServer()
	 * @generated
	 */
	EAttribute getRsipServer_GatewayLocalPortRange();

	/**
	 * Returns the meta object for the containment reference list '{@link io.patchbay.model.RsipServer#getClients <em>Clients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Clients</em>'.
	 * @see io.patchbay.model.RsipServer#getClients()
	 * @see #getRsipServer()
	 * @generated
	 */
	EReference getRsipServer_Clients();

	/**
	 * Returns the meta object for class '{@link io.patchbay.model.RsipClient <em>Rsip Client</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rsip Client</em>'.
	 * @see io.patchbay.model.RsipClient
	 * @generated
	 */
	EClass getRsipClient();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.RsipClient#getHostAddress <em>Host Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host Address</em>'.
	 * @see io.patchbay.model.RsipClient#getHostAddress()
	 * @see #getRsipClient()
	 * @generated
	 */
	EAttribute getRsipClient_HostAddress();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.RsipClient#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see io.patchbay.model.RsipClient#getMode()
	 * @see #getRsipClient()
	 * @generated
	 */
	EAttribute getRsipClient_Mode();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.RsipClient#getTunnel <em>Tunnel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tunnel</em>'.
	 * @see io.patchbay.model.RsipClient#getTunnel()
	 * @see #getRsipClient()
	 * @generated
	 */
	EAttribute getRsipClient_Tunnel();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.RsipClient#getMtu <em>Mtu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mtu</em>'.
	 * @see io.patchbay.model.RsipClient#getMtu()
	 * @see #getRsipClient()
	 * @generated
	 */
	EAttribute getRsipClient_Mtu();

	/**
	 * Returns the meta object for the containment reference list '{@link io.patchbay.model.RsipClient#getBinds <em>Binds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Binds</em>'.
	 * @see io.patchbay.model.RsipClient#getBinds()
	 * @see #getRsipClient()
	 * @generated
	 */
	EReference getRsipClient_Binds();

	/**
	 * Returns the meta object for class '{@link io.patchbay.model.RsipBind <em>Rsip Bind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rsip Bind</em>'.
	 * @see io.patchbay.model.RsipBind
	 * @generated
	 */
	EClass getRsipBind();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.RsipBind#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see io.patchbay.model.RsipBind#getProtocol()
	 * @see #getRsipBind()
	 * @generated
	 */
	EAttribute getRsipBind_Protocol();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.RsipBind#getPorts <em>Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ports</em>'.
	 * @see io.patchbay.model.RsipBind#getPorts()
	 * @see #getRsipBind()
	 * @generated
	 */
	EAttribute getRsipBind_Ports();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.RsipBind#isListen <em>Listen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Listen</em>'.
	 * @see io.patchbay.model.RsipBind#isListen()
	 * @see #getRsipBind()
	 * @generated
	 */
	EAttribute getRsipBind_Listen();

	/**
	 * Returns the meta object for class '{@link io.patchbay.model.Certificate <em>Certificate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Certificate</em>'.
	 * @see io.patchbay.model.Certificate
	 * @generated
	 */
	EClass getCertificate();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Certificate#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.patchbay.model.Certificate#getKind()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Certificate#getSerialNumber <em>Serial Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serial Number</em>'.
	 * @see io.patchbay.model.Certificate#getSerialNumber()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_SerialNumber();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Certificate#getSignatureAlgorithm <em>Signature Algorithm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signature Algorithm</em>'.
	 * @see io.patchbay.model.Certificate#getSignatureAlgorithm()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_SignatureAlgorithm();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Certificate#getKeyLength <em>Key Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key Length</em>'.
	 * @see io.patchbay.model.Certificate#getKeyLength()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_KeyLength();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Certificate#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see io.patchbay.model.Certificate#getValidFrom()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Certificate#getValidUntil <em>Valid Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid Until</em>'.
	 * @see io.patchbay.model.Certificate#getValidUntil()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_ValidUntil();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Certificate#getSubjectCountry <em>Subject Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject Country</em>'.
	 * @see io.patchbay.model.Certificate#getSubjectCountry()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_SubjectCountry();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Certificate#getSubjectOrganization <em>Subject Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject Organization</em>'.
	 * @see io.patchbay.model.Certificate#getSubjectOrganization()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_SubjectOrganization();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Certificate#getSubjectOrganizationalUnit <em>Subject Organizational Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject Organizational Unit</em>'.
	 * @see io.patchbay.model.Certificate#getSubjectOrganizationalUnit()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_SubjectOrganizationalUnit();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Certificate#getSubjectCommonName <em>Subject Common Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject Common Name</em>'.
	 * @see io.patchbay.model.Certificate#getSubjectCommonName()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_SubjectCommonName();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Certificate#getSubjectAlternativeName <em>Subject Alternative Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject Alternative Name</em>'.
	 * @see io.patchbay.model.Certificate#getSubjectAlternativeName()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_SubjectAlternativeName();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Certificate#getCrlDistributionPoint <em>Crl Distribution Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Crl Distribution Point</em>'.
	 * @see io.patchbay.model.Certificate#getCrlDistributionPoint()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_CrlDistributionPoint();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Certificate#isImported <em>Imported</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Imported</em>'.
	 * @see io.patchbay.model.Certificate#isImported()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_Imported();

	/**
	 * Returns the meta object for the reference '{@link io.patchbay.model.Certificate#getIssuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Issuer</em>'.
	 * @see io.patchbay.model.Certificate#getIssuer()
	 * @see #getCertificate()
	 * @generated
	 */
	EReference getCertificate_Issuer();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.Certificate#getPassphraseRef <em>Passphrase Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Passphrase Ref</em>'.
	 * @see io.patchbay.model.Certificate#getPassphraseRef()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_PassphraseRef();

	/**
	 * Returns the meta object for class '{@link io.patchbay.model.ServicelinkIdentity <em>Servicelink Identity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Servicelink Identity</em>'.
	 * @see io.patchbay.model.ServicelinkIdentity
	 * @generated
	 */
	EClass getServicelinkIdentity();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.ServicelinkIdentity#getDeviceIdentifier <em>Device Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Identifier</em>'.
	 * @see io.patchbay.model.ServicelinkIdentity#getDeviceIdentifier()
	 * @see #getServicelinkIdentity()
	 * @generated
	 */
	EAttribute getServicelinkIdentity_DeviceIdentifier();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.ServicelinkIdentity#getSielId <em>Siel Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Siel Id</em>'.
	 * @see io.patchbay.model.ServicelinkIdentity#getSielId()
	 * @see #getServicelinkIdentity()
	 * @generated
	 */
	EAttribute getServicelinkIdentity_SielId();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.ServicelinkIdentity#getMac <em>Mac</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mac</em>'.
	 * @see io.patchbay.model.ServicelinkIdentity#getMac()
	 * @see #getServicelinkIdentity()
	 * @generated
	 */
	EAttribute getServicelinkIdentity_Mac();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.ServicelinkIdentity#getCustomerId <em>Customer Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Id</em>'.
	 * @see io.patchbay.model.ServicelinkIdentity#getCustomerId()
	 * @see #getServicelinkIdentity()
	 * @generated
	 */
	EAttribute getServicelinkIdentity_CustomerId();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.ServicelinkIdentity#getCredentialRef <em>Credential Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credential Ref</em>'.
	 * @see io.patchbay.model.ServicelinkIdentity#getCredentialRef()
	 * @see #getServicelinkIdentity()
	 * @generated
	 */
	EAttribute getServicelinkIdentity_CredentialRef();

	/**
	 * Returns the meta object for class '{@link io.patchbay.model.PasswordPolicy <em>Password Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Password Policy</em>'.
	 * @see io.patchbay.model.PasswordPolicy
	 * @generated
	 */
	EClass getPasswordPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.PasswordPolicy#getMinimumLength <em>Minimum Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Length</em>'.
	 * @see io.patchbay.model.PasswordPolicy#getMinimumLength()
	 * @see #getPasswordPolicy()
	 * @generated
	 */
	EAttribute getPasswordPolicy_MinimumLength();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.PasswordPolicy#getRequiredCharacterClasses <em>Required Character Classes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required Character Classes</em>'.
	 * @see io.patchbay.model.PasswordPolicy#getRequiredCharacterClasses()
	 * @see #getPasswordPolicy()
	 * @generated
	 */
	EAttribute getPasswordPolicy_RequiredCharacterClasses();

	/**
	 * Returns the meta object for class '{@link io.patchbay.model.OutboundAllowance <em>Outbound Allowance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Outbound Allowance</em>'.
	 * @see io.patchbay.model.OutboundAllowance
	 * @generated
	 */
	EClass getOutboundAllowance();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OutboundAllowance#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see io.patchbay.model.OutboundAllowance#getHost()
	 * @see #getOutboundAllowance()
	 * @generated
	 */
	EAttribute getOutboundAllowance_Host();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OutboundAllowance#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.patchbay.model.OutboundAllowance#getPort()
	 * @see #getOutboundAllowance()
	 * @generated
	 */
	EAttribute getOutboundAllowance_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OutboundAllowance#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see io.patchbay.model.OutboundAllowance#getProtocol()
	 * @see #getOutboundAllowance()
	 * @generated
	 */
	EAttribute getOutboundAllowance_Protocol();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.OutboundAllowance#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.patchbay.model.OutboundAllowance#getDescription()
	 * @see #getOutboundAllowance()
	 * @generated
	 */
	EAttribute getOutboundAllowance_Description();

	/**
	 * Returns the meta object for class '{@link io.patchbay.model.ServicelinkEndpoint <em>Servicelink Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Servicelink Endpoint</em>'.
	 * @see io.patchbay.model.ServicelinkEndpoint
	 * @generated
	 */
	EClass getServicelinkEndpoint();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.ServicelinkEndpoint#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see io.patchbay.model.ServicelinkEndpoint#getRole()
	 * @see #getServicelinkEndpoint()
	 * @generated
	 */
	EAttribute getServicelinkEndpoint_Role();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.ServicelinkEndpoint#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see io.patchbay.model.ServicelinkEndpoint#getHost()
	 * @see #getServicelinkEndpoint()
	 * @generated
	 */
	EAttribute getServicelinkEndpoint_Host();

	/**
	 * Returns the meta object for the attribute '{@link io.patchbay.model.ServicelinkEndpoint#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.patchbay.model.ServicelinkEndpoint#getPort()
	 * @see #getServicelinkEndpoint()
	 * @generated
	 */
	EAttribute getServicelinkEndpoint_Port();

	/**
	 * Returns the meta object for enum '{@link io.patchbay.model.SystemModel <em>System Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>System Model</em>'.
	 * @see io.patchbay.model.SystemModel
	 * @generated
	 */
	EEnum getSystemModel();

	/**
	 * Returns the meta object for enum '{@link io.patchbay.model.Booster <em>Booster</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Booster</em>'.
	 * @see io.patchbay.model.Booster
	 * @generated
	 */
	EEnum getBooster();

	/**
	 * Returns the meta object for enum '{@link io.patchbay.model.LanInterface <em>Lan Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lan Interface</em>'.
	 * @see io.patchbay.model.LanInterface
	 * @generated
	 */
	EEnum getLanInterface();

	/**
	 * Returns the meta object for enum '{@link io.patchbay.model.StationType <em>Station Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Station Type</em>'.
	 * @see io.patchbay.model.StationType
	 * @generated
	 */
	EEnum getStationType();

	/**
	 * Returns the meta object for enum '{@link io.patchbay.model.ClassOfService <em>Class Of Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Class Of Service</em>'.
	 * @see io.patchbay.model.ClassOfService
	 * @generated
	 */
	EEnum getClassOfService();

	/**
	 * Returns the meta object for enum '{@link io.patchbay.model.DeviceModel <em>Device Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Device Model</em>'.
	 * @see io.patchbay.model.DeviceModel
	 * @generated
	 */
	EEnum getDeviceModel();

	/**
	 * Returns the meta object for enum '{@link io.patchbay.model.Place <em>Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Place</em>'.
	 * @see io.patchbay.model.Place
	 * @generated
	 */
	EEnum getPlace();

	/**
	 * Returns the meta object for enum '{@link io.patchbay.model.NatType <em>Nat Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Nat Type</em>'.
	 * @see io.patchbay.model.NatType
	 * @generated
	 */
	EEnum getNatType();

	/**
	 * Returns the meta object for enum '{@link io.patchbay.model.SipAlg <em>Sip Alg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sip Alg</em>'.
	 * @see io.patchbay.model.SipAlg
	 * @generated
	 */
	EEnum getSipAlg();

	/**
	 * Returns the meta object for enum '{@link io.patchbay.model.TransportProtocol <em>Transport Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Transport Protocol</em>'.
	 * @see io.patchbay.model.TransportProtocol
	 * @generated
	 */
	EEnum getTransportProtocol();

	/**
	 * Returns the meta object for enum '{@link io.patchbay.model.RsipMode <em>Rsip Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rsip Mode</em>'.
	 * @see io.patchbay.model.RsipMode
	 * @generated
	 */
	EEnum getRsipMode();

	/**
	 * Returns the meta object for enum '{@link io.patchbay.model.RsipTunnel <em>Rsip Tunnel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rsip Tunnel</em>'.
	 * @see io.patchbay.model.RsipTunnel
	 * @generated
	 */
	EEnum getRsipTunnel();

	/**
	 * Returns the meta object for enum '{@link io.patchbay.model.CertificateKind <em>Certificate Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Certificate Kind</em>'.
	 * @see io.patchbay.model.CertificateKind
	 * @generated
	 */
	EEnum getCertificateKind();

	/**
	 * Returns the meta object for enum '{@link io.patchbay.model.SignatureAlgorithm <em>Signature Algorithm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Signature Algorithm</em>'.
	 * @see io.patchbay.model.SignatureAlgorithm
	 * @generated
	 */
	EEnum getSignatureAlgorithm();

	/**
	 * Returns the meta object for enum '{@link io.patchbay.model.SignallingTransport <em>Signalling Transport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Signalling Transport</em>'.
	 * @see io.patchbay.model.SignallingTransport
	 * @generated
	 */
	EEnum getSignallingTransport();

	/**
	 * Returns the meta object for enum '{@link io.patchbay.model.TlsRenegotiation <em>Tls Renegotiation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Tls Renegotiation</em>'.
	 * @see io.patchbay.model.TlsRenegotiation
	 * @generated
	 */
	EEnum getTlsRenegotiation();

	/**
	 * Returns the meta object for enum '{@link io.patchbay.model.Codec <em>Codec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Codec</em>'.
	 * @see io.patchbay.model.Codec
	 * @generated
	 */
	EEnum getCodec();

	/**
	 * Returns the meta object for data type '{@link io.patchbay.model.PortRange <em>Port Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A port or an inclusive port range, written "4060" or "30274-30529".
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Port Range</em>'.
	 * @see io.patchbay.model.PortRange
	 * @model instanceClass="io.patchbay.model.PortRange"
	 * @generated
	 */
	EDataType getPortRange();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point in time, written in ISO-8601 UTC form, e.g. 2025-01-01T00:00:00Z.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the meta object for data type '{@link io.patchbay.model.SoftwareVersion <em>Software Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A software release or firmware version as the vendor writes it (V2R7, V3 R0.40.4, V2R2.26.19, 31.72.0.48), ordered numerically.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Software Version</em>'.
	 * @see io.patchbay.model.SoftwareVersion
	 * @model instanceClass="io.patchbay.model.SoftwareVersion"
	 * @generated
	 */
	EDataType getSoftwareVersion();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	EstateFactory getEstateFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.patchbay.model.impl.IdentifiableImpl <em>Identifiable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.impl.IdentifiableImpl
		 * @see io.patchbay.model.impl.EstatePackageImpl#getIdentifiable()
		 * @generated
		 */
		EClass IDENTIFIABLE = eINSTANCE.getIdentifiable();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIABLE__ID = eINSTANCE.getIdentifiable_Id();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.impl.NamedElementImpl
		 * @see io.patchbay.model.impl.EstatePackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.impl.EstateImpl <em>Estate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.impl.EstateImpl
		 * @see io.patchbay.model.impl.EstatePackageImpl#getEstate()
		 * @generated
		 */
		EClass ESTATE = eINSTANCE.getEstate();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESTATE__NAME = eINSTANCE.getEstate_Name();

		/**
		 * The meta object literal for the '<em><b>Customers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESTATE__CUSTOMERS = eINSTANCE.getEstate_Customers();

		/**
		 * The meta object literal for the '<em><b>Certificates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESTATE__CERTIFICATES = eINSTANCE.getEstate_Certificates();

		/**
		 * The meta object literal for the '<em><b>Servicelink Endpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESTATE__SERVICELINK_ENDPOINTS = eINSTANCE.getEstate_ServicelinkEndpoints();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.impl.CustomerImpl <em>Customer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.impl.CustomerImpl
		 * @see io.patchbay.model.impl.EstatePackageImpl#getCustomer()
		 * @generated
		 */
		EClass CUSTOMER = eINSTANCE.getCustomer();

		/**
		 * The meta object literal for the '<em><b>Customer Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__CUSTOMER_ID = eINSTANCE.getCustomer_CustomerId();

		/**
		 * The meta object literal for the '<em><b>Sites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__SITES = eINSTANCE.getCustomer_Sites();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.impl.SiteImpl <em>Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.impl.SiteImpl
		 * @see io.patchbay.model.impl.EstatePackageImpl#getSite()
		 * @generated
		 */
		EClass SITE = eINSTANCE.getSite();

		/**
		 * The meta object literal for the '<em><b>Systems</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__SYSTEMS = eINSTANCE.getSite_Systems();

		/**
		 * The meta object literal for the '<em><b>Routers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__ROUTERS = eINSTANCE.getSite_Routers();

		/**
		 * The meta object literal for the '<em><b>Rsip Servers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__RSIP_SERVERS = eINSTANCE.getSite_RsipServers();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.impl.ManagedDeviceImpl <em>Managed Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.impl.ManagedDeviceImpl
		 * @see io.patchbay.model.impl.EstatePackageImpl#getManagedDevice()
		 * @generated
		 */
		EClass MANAGED_DEVICE = eINSTANCE.getManagedDevice();

		/**
		 * The meta object literal for the '<em><b>Host Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGED_DEVICE__HOST_ADDRESS = eINSTANCE.getManagedDevice_HostAddress();

		/**
		 * The meta object literal for the '<em><b>Ssh Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGED_DEVICE__SSH_PORT = eINSTANCE.getManagedDevice_SshPort();

		/**
		 * The meta object literal for the '<em><b>Snmp Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGED_DEVICE__SNMP_PORT = eINSTANCE.getManagedDevice_SnmpPort();

		/**
		 * The meta object literal for the '<em><b>Host Key Fingerprint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGED_DEVICE__HOST_KEY_FINGERPRINT = eINSTANCE.getManagedDevice_HostKeyFingerprint();

		/**
		 * The meta object literal for the '<em><b>Credential Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGED_DEVICE__CREDENTIAL_REF = eINSTANCE.getManagedDevice_CredentialRef();

		/**
		 * The meta object literal for the '<em><b>Servicelink</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANAGED_DEVICE__SERVICELINK = eINSTANCE.getManagedDevice_Servicelink();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.impl.OsbizSystemImpl <em>Osbiz System</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.impl.OsbizSystemImpl
		 * @see io.patchbay.model.impl.EstatePackageImpl#getOsbizSystem()
		 * @generated
		 */
		EClass OSBIZ_SYSTEM = eINSTANCE.getOsbizSystem();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__MODEL = eINSTANCE.getOsbizSystem_Model();

		/**
		 * The meta object literal for the '<em><b>Booster</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__BOOSTER = eINSTANCE.getOsbizSystem_Booster();

		/**
		 * The meta object literal for the '<em><b>Release</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__RELEASE = eINSTANCE.getOsbizSystem_Release();

		/**
		 * The meta object literal for the '<em><b>Siel Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__SIEL_ID = eINSTANCE.getOsbizSystem_SielId();

		/**
		 * The meta object literal for the '<em><b>Mac</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__MAC = eINSTANCE.getOsbizSystem_Mac();

		/**
		 * The meta object literal for the '<em><b>Lan1 Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__LAN1_ADDRESS = eINSTANCE.getOsbizSystem_Lan1Address();

		/**
		 * The meta object literal for the '<em><b>Lan2 Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__LAN2_ADDRESS = eINSTANCE.getOsbizSystem_Lan2Address();

		/**
		 * The meta object literal for the '<em><b>Internet Interface</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__INTERNET_INTERFACE = eINSTANCE.getOsbizSystem_InternetInterface();

		/**
		 * The meta object literal for the '<em><b>Wan Firewall Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__WAN_FIREWALL_ENABLED = eINSTANCE.getOsbizSystem_WanFirewallEnabled();

		/**
		 * The meta object literal for the '<em><b>Public Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__PUBLIC_ADDRESS = eINSTANCE.getOsbizSystem_PublicAddress();

		/**
		 * The meta object literal for the '<em><b>Public Address Dynamic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__PUBLIC_ADDRESS_DYNAMIC = eINSTANCE.getOsbizSystem_PublicAddressDynamic();

		/**
		 * The meta object literal for the '<em><b>Upstream Kbps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__UPSTREAM_KBPS = eINSTANCE.getOsbizSystem_UpstreamKbps();

		/**
		 * The meta object literal for the '<em><b>Simultaneous Internet Calls</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__SIMULTANEOUS_INTERNET_CALLS = eINSTANCE.getOsbizSystem_SimultaneousInternetCalls();

		/**
		 * The meta object literal for the '<em><b>Stun Server</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__STUN_SERVER = eINSTANCE.getOsbizSystem_StunServer();

		/**
		 * The meta object literal for the '<em><b>Stun Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__STUN_PORT = eINSTANCE.getOsbizSystem_StunPort();

		/**
		 * The meta object literal for the '<em><b>Sip Internet Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__SIP_INTERNET_PORT = eINSTANCE.getOsbizSystem_SipInternetPort();

		/**
		 * The meta object literal for the '<em><b>Sip Internet Tls Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__SIP_INTERNET_TLS_PORT = eINSTANCE.getOsbizSystem_SipInternetTlsPort();

		/**
		 * The meta object literal for the '<em><b>Spe Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__SPE_ENABLED = eINSTANCE.getOsbizSystem_SpeEnabled();

		/**
		 * The meta object literal for the '<em><b>Spe Minimum Key Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__SPE_MINIMUM_KEY_LENGTH = eINSTANCE.getOsbizSystem_SpeMinimumKeyLength();

		/**
		 * The meta object literal for the '<em><b>Spe Certificate Validation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__SPE_CERTIFICATE_VALIDATION = eINSTANCE.getOsbizSystem_SpeCertificateValidation();

		/**
		 * The meta object literal for the '<em><b>Spe Certificate</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OSBIZ_SYSTEM__SPE_CERTIFICATE = eINSTANCE.getOsbizSystem_SpeCertificate();

		/**
		 * The meta object literal for the '<em><b>Dli Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__DLI_ENABLED = eINSTANCE.getOsbizSystem_DliEnabled();

		/**
		 * The meta object literal for the '<em><b>Password Policy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OSBIZ_SYSTEM__PASSWORD_POLICY = eINSTANCE.getOsbizSystem_PasswordPolicy();

		/**
		 * The meta object literal for the '<em><b>Hfa Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__HFA_PORT = eINSTANCE.getOsbizSystem_HfaPort();

		/**
		 * The meta object literal for the '<em><b>Hfa Tls Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__HFA_TLS_PORT = eINSTANCE.getOsbizSystem_HfaTlsPort();

		/**
		 * The meta object literal for the '<em><b>Https Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__HTTPS_PORT = eINSTANCE.getOsbizSystem_HttpsPort();

		/**
		 * The meta object literal for the '<em><b>Rtp Port Range</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__RTP_PORT_RANGE = eINSTANCE.getOsbizSystem_RtpPortRange();

		/**
		 * The meta object literal for the '<em><b>Tls Fallback To Tls10</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__TLS_FALLBACK_TO_TLS10 = eINSTANCE.getOsbizSystem_TlsFallbackToTls10();

		/**
		 * The meta object literal for the '<em><b>Planned Itsp Calls</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__PLANNED_ITSP_CALLS = eINSTANCE.getOsbizSystem_PlannedItspCalls();

		/**
		 * The meta object literal for the '<em><b>Planned Circuit Calls</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__PLANNED_CIRCUIT_CALLS = eINSTANCE.getOsbizSystem_PlannedCircuitCalls();

		/**
		 * The meta object literal for the '<em><b>Planned Home Calls</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSBIZ_SYSTEM__PLANNED_HOME_CALLS = eINSTANCE.getOsbizSystem_PlannedHomeCalls();

		/**
		 * The meta object literal for the '<em><b>Access Router</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OSBIZ_SYSTEM__ACCESS_ROUTER = eINSTANCE.getOsbizSystem_AccessRouter();

		/**
		 * The meta object literal for the '<em><b>Itsp Trunks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OSBIZ_SYSTEM__ITSP_TRUNKS = eINSTANCE.getOsbizSystem_ItspTrunks();

		/**
		 * The meta object literal for the '<em><b>Stations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OSBIZ_SYSTEM__STATIONS = eINSTANCE.getOsbizSystem_Stations();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OSBIZ_SYSTEM__DEVICES = eINSTANCE.getOsbizSystem_Devices();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.impl.ItspTrunkImpl <em>Itsp Trunk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.impl.ItspTrunkImpl
		 * @see io.patchbay.model.impl.EstatePackageImpl#getItspTrunk()
		 * @generated
		 */
		EClass ITSP_TRUNK = eINSTANCE.getItspTrunk();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITSP_TRUNK__PROVIDER = eINSTANCE.getItspTrunk_Provider();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITSP_TRUNK__ACTIVE = eINSTANCE.getItspTrunk_Active();

		/**
		 * The meta object literal for the '<em><b>Lan Interface</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITSP_TRUNK__LAN_INTERFACE = eINSTANCE.getItspTrunk_LanInterface();

		/**
		 * The meta object literal for the '<em><b>Stun Server</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITSP_TRUNK__STUN_SERVER = eINSTANCE.getItspTrunk_StunServer();

		/**
		 * The meta object literal for the '<em><b>Stun Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITSP_TRUNK__STUN_PORT = eINSTANCE.getItspTrunk_StunPort();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.impl.StationImpl <em>Station</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.impl.StationImpl
		 * @see io.patchbay.model.impl.EstatePackageImpl#getStation()
		 * @generated
		 */
		EClass STATION = eINSTANCE.getStation();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATION__NUMBER = eINSTANCE.getStation_Number();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATION__NAME = eINSTANCE.getStation_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATION__TYPE = eINSTANCE.getStation_Type();

		/**
		 * The meta object literal for the '<em><b>Authentication</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATION__AUTHENTICATION = eINSTANCE.getStation_Authentication();

		/**
		 * The meta object literal for the '<em><b>Password Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATION__PASSWORD_REF = eINSTANCE.getStation_PasswordRef();

		/**
		 * The meta object literal for the '<em><b>Sip User Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATION__SIP_USER_ID = eINSTANCE.getStation_SipUserId();

		/**
		 * The meta object literal for the '<em><b>Realm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATION__REALM = eINSTANCE.getStation_Realm();

		/**
		 * The meta object literal for the '<em><b>Class Of Service</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATION__CLASS_OF_SERVICE = eINSTANCE.getStation_ClassOfService();

		/**
		 * The meta object literal for the '<em><b>Sbc Flag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATION__SBC_FLAG = eINSTANCE.getStation_SbcFlag();

		/**
		 * The meta object literal for the '<em><b>Spe Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATION__SPE_ENABLED = eINSTANCE.getStation_SpeEnabled();

		/**
		 * The meta object literal for the '<em><b>Ip User Licence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATION__IP_USER_LICENCE = eINSTANCE.getStation_IpUserLicence();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.impl.DeviceImpl <em>Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.impl.DeviceImpl
		 * @see io.patchbay.model.impl.EstatePackageImpl#getDevice()
		 * @generated
		 */
		EClass DEVICE = eINSTANCE.getDevice();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__MODEL = eINSTANCE.getDevice_Model();

		/**
		 * The meta object literal for the '<em><b>Firmware</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__FIRMWARE = eINSTANCE.getDevice_Firmware();

		/**
		 * The meta object literal for the '<em><b>Mac</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__MAC = eINSTANCE.getDevice_Mac();

		/**
		 * The meta object literal for the '<em><b>Place</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__PLACE = eINSTANCE.getDevice_Place();

		/**
		 * The meta object literal for the '<em><b>Station</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__STATION = eINSTANCE.getDevice_Station();

		/**
		 * The meta object literal for the '<em><b>Home Router</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__HOME_ROUTER = eINSTANCE.getDevice_HomeRouter();

		/**
		 * The meta object literal for the '<em><b>Gateway</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__GATEWAY = eINSTANCE.getDevice_Gateway();

		/**
		 * The meta object literal for the '<em><b>Gateway Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__GATEWAY_PORT = eINSTANCE.getDevice_GatewayPort();

		/**
		 * The meta object literal for the '<em><b>Dls Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__DLS_ADDRESS = eINSTANCE.getDevice_DlsAddress();

		/**
		 * The meta object literal for the '<em><b>Time From System</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__TIME_FROM_SYSTEM = eINSTANCE.getDevice_TimeFromSystem();

		/**
		 * The meta object literal for the '<em><b>Transport</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__TRANSPORT = eINSTANCE.getDevice_Transport();

		/**
		 * The meta object literal for the '<em><b>Tls Renegotiation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__TLS_RENEGOTIATION = eINSTANCE.getDevice_TlsRenegotiation();

		/**
		 * The meta object literal for the '<em><b>Stun</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__STUN = eINSTANCE.getDevice_Stun();

		/**
		 * The meta object literal for the '<em><b>Video</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__VIDEO = eINSTANCE.getDevice_Video();

		/**
		 * The meta object literal for the '<em><b>Codec</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__CODEC = eINSTANCE.getDevice_Codec();

		/**
		 * The meta object literal for the '<em><b>Mobile Data Voip</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__MOBILE_DATA_VOIP = eINSTANCE.getDevice_MobileDataVoip();

		/**
		 * The meta object literal for the '<em><b>Srtp Sdes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__SRTP_SDES = eINSTANCE.getDevice_SrtpSdes();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.impl.RouterImpl <em>Router</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.impl.RouterImpl
		 * @see io.patchbay.model.impl.EstatePackageImpl#getRouter()
		 * @generated
		 */
		EClass ROUTER = eINSTANCE.getRouter();

		/**
		 * The meta object literal for the '<em><b>Public Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTER__PUBLIC_ADDRESS = eINSTANCE.getRouter_PublicAddress();

		/**
		 * The meta object literal for the '<em><b>Nat Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTER__NAT_TYPE = eINSTANCE.getRouter_NatType();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.impl.CompanyRouterImpl <em>Company Router</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.impl.CompanyRouterImpl
		 * @see io.patchbay.model.impl.EstatePackageImpl#getCompanyRouter()
		 * @generated
		 */
		EClass COMPANY_ROUTER = eINSTANCE.getCompanyRouter();

		/**
		 * The meta object literal for the '<em><b>Outbound Filtering</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPANY_ROUTER__OUTBOUND_FILTERING = eINSTANCE.getCompanyRouter_OutboundFiltering();

		/**
		 * The meta object literal for the '<em><b>Dyn Dns Provider</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPANY_ROUTER__DYN_DNS_PROVIDER = eINSTANCE.getCompanyRouter_DynDnsProvider();

		/**
		 * The meta object literal for the '<em><b>Dyn Dns Host Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPANY_ROUTER__DYN_DNS_HOST_NAME = eINSTANCE.getCompanyRouter_DynDnsHostName();

		/**
		 * The meta object literal for the '<em><b>Dyn Dns Credential Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPANY_ROUTER__DYN_DNS_CREDENTIAL_REF = eINSTANCE.getCompanyRouter_DynDnsCredentialRef();

		/**
		 * The meta object literal for the '<em><b>Dyn Dns Free Account</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPANY_ROUTER__DYN_DNS_FREE_ACCOUNT = eINSTANCE.getCompanyRouter_DynDnsFreeAccount();

		/**
		 * The meta object literal for the '<em><b>Port Forwarding Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPANY_ROUTER__PORT_FORWARDING_RULES = eINSTANCE.getCompanyRouter_PortForwardingRules();

		/**
		 * The meta object literal for the '<em><b>Tls Inspection</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPANY_ROUTER__TLS_INSPECTION = eINSTANCE.getCompanyRouter_TlsInspection();

		/**
		 * The meta object literal for the '<em><b>Https Only Outbound</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPANY_ROUTER__HTTPS_ONLY_OUTBOUND = eINSTANCE.getCompanyRouter_HttpsOnlyOutbound();

		/**
		 * The meta object literal for the '<em><b>Allows Related Inbound</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPANY_ROUTER__ALLOWS_RELATED_INBOUND = eINSTANCE.getCompanyRouter_AllowsRelatedInbound();

		/**
		 * The meta object literal for the '<em><b>Outbound Allowances</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPANY_ROUTER__OUTBOUND_ALLOWANCES = eINSTANCE.getCompanyRouter_OutboundAllowances();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.impl.PortForwardingRuleImpl <em>Port Forwarding Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.impl.PortForwardingRuleImpl
		 * @see io.patchbay.model.impl.EstatePackageImpl#getPortForwardingRule()
		 * @generated
		 */
		EClass PORT_FORWARDING_RULE = eINSTANCE.getPortForwardingRule();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT_FORWARDING_RULE__PROTOCOL = eINSTANCE.getPortForwardingRule_Protocol();

		/**
		 * The meta object literal for the '<em><b>External Ports</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT_FORWARDING_RULE__EXTERNAL_PORTS = eINSTANCE.getPortForwardingRule_ExternalPorts();

		/**
		 * The meta object literal for the '<em><b>Internal Ports</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT_FORWARDING_RULE__INTERNAL_PORTS = eINSTANCE.getPortForwardingRule_InternalPorts();

		/**
		 * The meta object literal for the '<em><b>Internal Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT_FORWARDING_RULE__INTERNAL_HOST = eINSTANCE.getPortForwardingRule_InternalHost();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT_FORWARDING_RULE__DESCRIPTION = eINSTANCE.getPortForwardingRule_Description();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT_FORWARDING_RULE__ENABLED = eINSTANCE.getPortForwardingRule_Enabled();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.impl.HomeRouterImpl <em>Home Router</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.impl.HomeRouterImpl
		 * @see io.patchbay.model.impl.EstatePackageImpl#getHomeRouter()
		 * @generated
		 */
		EClass HOME_ROUTER = eINSTANCE.getHomeRouter();

		/**
		 * The meta object literal for the '<em><b>Sip Alg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOME_ROUTER__SIP_ALG = eINSTANCE.getHomeRouter_SipAlg();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.impl.BuffaloRouterImpl <em>Buffalo Router</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.impl.BuffaloRouterImpl
		 * @see io.patchbay.model.impl.EstatePackageImpl#getBuffaloRouter()
		 * @generated
		 */
		EClass BUFFALO_ROUTER = eINSTANCE.getBuffaloRouter();

		/**
		 * The meta object literal for the '<em><b>Firmware</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUFFALO_ROUTER__FIRMWARE = eINSTANCE.getBuffaloRouter_Firmware();

		/**
		 * The meta object literal for the '<em><b>Web Ui Https</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUFFALO_ROUTER__WEB_UI_HTTPS = eINSTANCE.getBuffaloRouter_WebUiHttps();

		/**
		 * The meta object literal for the '<em><b>Ntp Server</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUFFALO_ROUTER__NTP_SERVER = eINSTANCE.getBuffaloRouter_NtpServer();

		/**
		 * The meta object literal for the '<em><b>No Ntp Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUFFALO_ROUTER__NO_NTP_TIME = eINSTANCE.getBuffaloRouter_NoNtpTime();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.impl.RsipServerImpl <em>Rsip Server</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.impl.RsipServerImpl
		 * @see io.patchbay.model.impl.EstatePackageImpl#getRsipServer()
		 * @generated
		 */
		EClass RSIP_SERVER = eINSTANCE.getRsipServer();

		/**
		 * The meta object literal for the '<em><b>Control Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RSIP_SERVER__CONTROL_PORT = eINSTANCE.getRsipServer_ControlPort();

		/**
		 * The meta object literal for the '<em><b>Control Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RSIP_SERVER__CONTROL_PROTOCOL = eINSTANCE.getRsipServer_ControlProtocol();

		/**
		 * The meta object literal for the '<em><b>Port Range</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RSIP_SERVER__PORT_RANGE = eINSTANCE.getRsipServer_PortRange();

		/**
		 * The meta object literal for the '<em><b>Listen Range</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RSIP_SERVER__LISTEN_RANGE = eINSTANCE.getRsipServer_ListenRange();

		/**
		 * The meta object literal for the '<em><b>Max Clients</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RSIP_SERVER__MAX_CLIENTS = eINSTANCE.getRsipServer_MaxClients();

		/**
		 * The meta object literal for the '<em><b>Internal Interface</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RSIP_SERVER__INTERNAL_INTERFACE = eINSTANCE.getRsipServer_InternalInterface();

		/**
		 * The meta object literal for the '<em><b>External Interface</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RSIP_SERVER__EXTERNAL_INTERFACE = eINSTANCE.getRsipServer_ExternalInterface();

		/**
		 * The meta object literal for the '<em><b>Pool</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RSIP_SERVER__POOL = eINSTANCE.getRsipServer_Pool();

		/**
		 * The meta object literal for the '<em><b>Mtu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RSIP_SERVER__MTU = eINSTANCE.getRsipServer_Mtu();

		/**
		 * The meta object literal for the '<em><b>External Interface Mtu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RSIP_SERVER__EXTERNAL_INTERFACE_MTU = eINSTANCE.getRsipServer_ExternalInterfaceMtu();

		/**
		 * The meta object literal for the '<em><b>Log Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RSIP_SERVER__LOG_LEVEL = eINSTANCE.getRsipServer_LogLevel();

		/**
		 * The meta object literal for the '<em><b>Gateway Local Port Range</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RSIP_SERVER__GATEWAY_LOCAL_PORT_RANGE = eINSTANCE.getRsipServer_GatewayLocalPortRange();

		/**
		 * The meta object literal for the '<em><b>Clients</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RSIP_SERVER__CLIENTS = eINSTANCE.getRsipServer_Clients();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.impl.RsipClientImpl <em>Rsip Client</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.impl.RsipClientImpl
		 * @see io.patchbay.model.impl.EstatePackageImpl#getRsipClient()
		 * @generated
		 */
		EClass RSIP_CLIENT = eINSTANCE.getRsipClient();

		/**
		 * The meta object literal for the '<em><b>Host Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RSIP_CLIENT__HOST_ADDRESS = eINSTANCE.getRsipClient_HostAddress();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RSIP_CLIENT__MODE = eINSTANCE.getRsipClient_Mode();

		/**
		 * The meta object literal for the '<em><b>Tunnel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RSIP_CLIENT__TUNNEL = eINSTANCE.getRsipClient_Tunnel();

		/**
		 * The meta object literal for the '<em><b>Mtu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RSIP_CLIENT__MTU = eINSTANCE.getRsipClient_Mtu();

		/**
		 * The meta object literal for the '<em><b>Binds</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RSIP_CLIENT__BINDS = eINSTANCE.getRsipClient_Binds();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.impl.RsipBindImpl <em>Rsip Bind</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.impl.RsipBindImpl
		 * @see io.patchbay.model.impl.EstatePackageImpl#getRsipBind()
		 * @generated
		 */
		EClass RSIP_BIND = eINSTANCE.getRsipBind();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RSIP_BIND__PROTOCOL = eINSTANCE.getRsipBind_Protocol();

		/**
		 * The meta object literal for the '<em><b>Ports</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RSIP_BIND__PORTS = eINSTANCE.getRsipBind_Ports();

		/**
		 * The meta object literal for the '<em><b>Listen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RSIP_BIND__LISTEN = eINSTANCE.getRsipBind_Listen();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.impl.CertificateImpl <em>Certificate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.impl.CertificateImpl
		 * @see io.patchbay.model.impl.EstatePackageImpl#getCertificate()
		 * @generated
		 */
		EClass CERTIFICATE = eINSTANCE.getCertificate();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__KIND = eINSTANCE.getCertificate_Kind();

		/**
		 * The meta object literal for the '<em><b>Serial Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__SERIAL_NUMBER = eINSTANCE.getCertificate_SerialNumber();

		/**
		 * The meta object literal for the '<em><b>Signature Algorithm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__SIGNATURE_ALGORITHM = eINSTANCE.getCertificate_SignatureAlgorithm();

		/**
		 * The meta object literal for the '<em><b>Key Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__KEY_LENGTH = eINSTANCE.getCertificate_KeyLength();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__VALID_FROM = eINSTANCE.getCertificate_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Valid Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__VALID_UNTIL = eINSTANCE.getCertificate_ValidUntil();

		/**
		 * The meta object literal for the '<em><b>Subject Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__SUBJECT_COUNTRY = eINSTANCE.getCertificate_SubjectCountry();

		/**
		 * The meta object literal for the '<em><b>Subject Organization</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__SUBJECT_ORGANIZATION = eINSTANCE.getCertificate_SubjectOrganization();

		/**
		 * The meta object literal for the '<em><b>Subject Organizational Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__SUBJECT_ORGANIZATIONAL_UNIT = eINSTANCE.getCertificate_SubjectOrganizationalUnit();

		/**
		 * The meta object literal for the '<em><b>Subject Common Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__SUBJECT_COMMON_NAME = eINSTANCE.getCertificate_SubjectCommonName();

		/**
		 * The meta object literal for the '<em><b>Subject Alternative Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__SUBJECT_ALTERNATIVE_NAME = eINSTANCE.getCertificate_SubjectAlternativeName();

		/**
		 * The meta object literal for the '<em><b>Crl Distribution Point</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__CRL_DISTRIBUTION_POINT = eINSTANCE.getCertificate_CrlDistributionPoint();

		/**
		 * The meta object literal for the '<em><b>Imported</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__IMPORTED = eINSTANCE.getCertificate_Imported();

		/**
		 * The meta object literal for the '<em><b>Issuer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CERTIFICATE__ISSUER = eINSTANCE.getCertificate_Issuer();

		/**
		 * The meta object literal for the '<em><b>Passphrase Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__PASSPHRASE_REF = eINSTANCE.getCertificate_PassphraseRef();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.impl.ServicelinkIdentityImpl <em>Servicelink Identity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.impl.ServicelinkIdentityImpl
		 * @see io.patchbay.model.impl.EstatePackageImpl#getServicelinkIdentity()
		 * @generated
		 */
		EClass SERVICELINK_IDENTITY = eINSTANCE.getServicelinkIdentity();

		/**
		 * The meta object literal for the '<em><b>Device Identifier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICELINK_IDENTITY__DEVICE_IDENTIFIER = eINSTANCE.getServicelinkIdentity_DeviceIdentifier();

		/**
		 * The meta object literal for the '<em><b>Siel Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICELINK_IDENTITY__SIEL_ID = eINSTANCE.getServicelinkIdentity_SielId();

		/**
		 * The meta object literal for the '<em><b>Mac</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICELINK_IDENTITY__MAC = eINSTANCE.getServicelinkIdentity_Mac();

		/**
		 * The meta object literal for the '<em><b>Customer Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICELINK_IDENTITY__CUSTOMER_ID = eINSTANCE.getServicelinkIdentity_CustomerId();

		/**
		 * The meta object literal for the '<em><b>Credential Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICELINK_IDENTITY__CREDENTIAL_REF = eINSTANCE.getServicelinkIdentity_CredentialRef();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.impl.PasswordPolicyImpl <em>Password Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.impl.PasswordPolicyImpl
		 * @see io.patchbay.model.impl.EstatePackageImpl#getPasswordPolicy()
		 * @generated
		 */
		EClass PASSWORD_POLICY = eINSTANCE.getPasswordPolicy();

		/**
		 * The meta object literal for the '<em><b>Minimum Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PASSWORD_POLICY__MINIMUM_LENGTH = eINSTANCE.getPasswordPolicy_MinimumLength();

		/**
		 * The meta object literal for the '<em><b>Required Character Classes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PASSWORD_POLICY__REQUIRED_CHARACTER_CLASSES = eINSTANCE.getPasswordPolicy_RequiredCharacterClasses();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.impl.OutboundAllowanceImpl <em>Outbound Allowance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.impl.OutboundAllowanceImpl
		 * @see io.patchbay.model.impl.EstatePackageImpl#getOutboundAllowance()
		 * @generated
		 */
		EClass OUTBOUND_ALLOWANCE = eINSTANCE.getOutboundAllowance();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTBOUND_ALLOWANCE__HOST = eINSTANCE.getOutboundAllowance_Host();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTBOUND_ALLOWANCE__PORT = eINSTANCE.getOutboundAllowance_Port();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTBOUND_ALLOWANCE__PROTOCOL = eINSTANCE.getOutboundAllowance_Protocol();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTBOUND_ALLOWANCE__DESCRIPTION = eINSTANCE.getOutboundAllowance_Description();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.impl.ServicelinkEndpointImpl <em>Servicelink Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.impl.ServicelinkEndpointImpl
		 * @see io.patchbay.model.impl.EstatePackageImpl#getServicelinkEndpoint()
		 * @generated
		 */
		EClass SERVICELINK_ENDPOINT = eINSTANCE.getServicelinkEndpoint();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICELINK_ENDPOINT__ROLE = eINSTANCE.getServicelinkEndpoint_Role();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICELINK_ENDPOINT__HOST = eINSTANCE.getServicelinkEndpoint_Host();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICELINK_ENDPOINT__PORT = eINSTANCE.getServicelinkEndpoint_Port();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.SystemModel <em>System Model</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.SystemModel
		 * @see io.patchbay.model.impl.EstatePackageImpl#getSystemModel()
		 * @generated
		 */
		EEnum SYSTEM_MODEL = eINSTANCE.getSystemModel();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.Booster <em>Booster</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.Booster
		 * @see io.patchbay.model.impl.EstatePackageImpl#getBooster()
		 * @generated
		 */
		EEnum BOOSTER = eINSTANCE.getBooster();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.LanInterface <em>Lan Interface</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.LanInterface
		 * @see io.patchbay.model.impl.EstatePackageImpl#getLanInterface()
		 * @generated
		 */
		EEnum LAN_INTERFACE = eINSTANCE.getLanInterface();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.StationType <em>Station Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.StationType
		 * @see io.patchbay.model.impl.EstatePackageImpl#getStationType()
		 * @generated
		 */
		EEnum STATION_TYPE = eINSTANCE.getStationType();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.ClassOfService <em>Class Of Service</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.ClassOfService
		 * @see io.patchbay.model.impl.EstatePackageImpl#getClassOfService()
		 * @generated
		 */
		EEnum CLASS_OF_SERVICE = eINSTANCE.getClassOfService();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.DeviceModel <em>Device Model</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.DeviceModel
		 * @see io.patchbay.model.impl.EstatePackageImpl#getDeviceModel()
		 * @generated
		 */
		EEnum DEVICE_MODEL = eINSTANCE.getDeviceModel();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.Place <em>Place</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.Place
		 * @see io.patchbay.model.impl.EstatePackageImpl#getPlace()
		 * @generated
		 */
		EEnum PLACE = eINSTANCE.getPlace();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.NatType <em>Nat Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.NatType
		 * @see io.patchbay.model.impl.EstatePackageImpl#getNatType()
		 * @generated
		 */
		EEnum NAT_TYPE = eINSTANCE.getNatType();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.SipAlg <em>Sip Alg</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.SipAlg
		 * @see io.patchbay.model.impl.EstatePackageImpl#getSipAlg()
		 * @generated
		 */
		EEnum SIP_ALG = eINSTANCE.getSipAlg();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.TransportProtocol <em>Transport Protocol</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.TransportProtocol
		 * @see io.patchbay.model.impl.EstatePackageImpl#getTransportProtocol()
		 * @generated
		 */
		EEnum TRANSPORT_PROTOCOL = eINSTANCE.getTransportProtocol();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.RsipMode <em>Rsip Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.RsipMode
		 * @see io.patchbay.model.impl.EstatePackageImpl#getRsipMode()
		 * @generated
		 */
		EEnum RSIP_MODE = eINSTANCE.getRsipMode();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.RsipTunnel <em>Rsip Tunnel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.RsipTunnel
		 * @see io.patchbay.model.impl.EstatePackageImpl#getRsipTunnel()
		 * @generated
		 */
		EEnum RSIP_TUNNEL = eINSTANCE.getRsipTunnel();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.CertificateKind <em>Certificate Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.CertificateKind
		 * @see io.patchbay.model.impl.EstatePackageImpl#getCertificateKind()
		 * @generated
		 */
		EEnum CERTIFICATE_KIND = eINSTANCE.getCertificateKind();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.SignatureAlgorithm <em>Signature Algorithm</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.SignatureAlgorithm
		 * @see io.patchbay.model.impl.EstatePackageImpl#getSignatureAlgorithm()
		 * @generated
		 */
		EEnum SIGNATURE_ALGORITHM = eINSTANCE.getSignatureAlgorithm();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.SignallingTransport <em>Signalling Transport</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.SignallingTransport
		 * @see io.patchbay.model.impl.EstatePackageImpl#getSignallingTransport()
		 * @generated
		 */
		EEnum SIGNALLING_TRANSPORT = eINSTANCE.getSignallingTransport();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.TlsRenegotiation <em>Tls Renegotiation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.TlsRenegotiation
		 * @see io.patchbay.model.impl.EstatePackageImpl#getTlsRenegotiation()
		 * @generated
		 */
		EEnum TLS_RENEGOTIATION = eINSTANCE.getTlsRenegotiation();

		/**
		 * The meta object literal for the '{@link io.patchbay.model.Codec <em>Codec</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.Codec
		 * @see io.patchbay.model.impl.EstatePackageImpl#getCodec()
		 * @generated
		 */
		EEnum CODEC = eINSTANCE.getCodec();

		/**
		 * The meta object literal for the '<em>Port Range</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.PortRange
		 * @see io.patchbay.model.impl.EstatePackageImpl#getPortRange()
		 * @generated
		 */
		EDataType PORT_RANGE = eINSTANCE.getPortRange();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see io.patchbay.model.impl.EstatePackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

		/**
		 * The meta object literal for the '<em>Software Version</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.patchbay.model.SoftwareVersion
		 * @see io.patchbay.model.impl.EstatePackageImpl#getSoftwareVersion()
		 * @generated
		 */
		EDataType SOFTWARE_VERSION = eINSTANCE.getSoftwareVersion();

	}

} //EstatePackage
