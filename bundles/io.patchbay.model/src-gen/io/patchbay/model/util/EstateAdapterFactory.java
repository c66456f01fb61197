/**
 */
package io.patchbay.model.util;

import io.patchbay.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see io.patchbay.model.EstatePackage
 * @generated
 */
public class EstateAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static EstatePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EstateAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = EstatePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EstateSwitch<Adapter> modelSwitch =
		new EstateSwitch<Adapter>() {
			@Override
			public Adapter caseIdentifiable(Identifiable object) {
				return createIdentifiableAdapter();
			}
			@Override
			public Adapter caseNamedElement(NamedElement object) {
				return createNamedElementAdapter();
			}
			@Override
			public Adapter caseEstate(Estate object) {
				return createEstateAdapter();
			}
			@Override
			public Adapter caseCustomer(Customer object) {
				return createCustomerAdapter();
			}
			@Override
			public Adapter caseSite(Site object) {
				return createSiteAdapter();
			}
			@Override
			public Adapter caseManagedDevice(ManagedDevice object) {
				return createManagedDeviceAdapter();
			}
			@Override
			public Adapter caseOsbizSystem(OsbizSystem object) {
				return createOsbizSystemAdapter();
			}
			@Override
			public Adapter caseItspTrunk(ItspTrunk object) {
				return createItspTrunkAdapter();
			}
			@Override
			public Adapter caseStation(Station object) {
				return createStationAdapter();
			}
			@Override
			public Adapter caseDevice(Device object) {
				return createDeviceAdapter();
			}
			@Override
			public Adapter caseRouter(Router object) {
				return createRouterAdapter();
			}
			@Override
			public Adapter caseCompanyRouter(CompanyRouter object) {
				return createCompanyRouterAdapter();
			}
			@Override
			public Adapter casePortForwardingRule(PortForwardingRule object) {
				return createPortForwardingRuleAdapter();
			}
			@Override
			public Adapter caseHomeRouter(HomeRouter object) {
				return createHomeRouterAdapter();
			}
			@Override
			public Adapter caseBuffaloRouter(BuffaloRouter object) {
				return createBuffaloRouterAdapter();
			}
			@Override
			public Adapter caseRsipServer(RsipServer object) {
				return createRsipServerAdapter();
			}
			@Override
			public Adapter caseRsipClient(RsipClient object) {
				return createRsipClientAdapter();
			}
			@Override
			public Adapter caseRsipBind(RsipBind object) {
				return createRsipBindAdapter();
			}
			@Override
			public Adapter caseCertificate(Certificate object) {
				return createCertificateAdapter();
			}
			@Override
			public Adapter caseServicelinkIdentity(ServicelinkIdentity object) {
				return createServicelinkIdentityAdapter();
			}
			@Override
			public Adapter casePasswordPolicy(PasswordPolicy object) {
				return createPasswordPolicyAdapter();
			}
			@Override
			public Adapter caseOutboundAllowance(OutboundAllowance object) {
				return createOutboundAllowanceAdapter();
			}
			@Override
			public Adapter caseServicelinkEndpoint(ServicelinkEndpoint object) {
				return createServicelinkEndpointAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link io.patchbay.model.Identifiable <em>Identifiable</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.patchbay.model.Identifiable
	 * @generated
	 */
	public Adapter createIdentifiableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.patchbay.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.patchbay.model.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.patchbay.model.Estate <em>Estate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.patchbay.model.Estate
	 * @generated
	 */
	public Adapter createEstateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.patchbay.model.Customer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.patchbay.model.Customer
	 * @generated
	 */
	public Adapter createCustomerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.patchbay.model.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.patchbay.model.Site
	 * @generated
	 */
	public Adapter createSiteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.patchbay.model.ManagedDevice <em>Managed Device</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.patchbay.model.ManagedDevice
	 * @generated
	 */
	public Adapter createManagedDeviceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.patchbay.model.OsbizSystem <em>Osbiz System</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.patchbay.model.OsbizSystem
	 * @generated
	 */
	public Adapter createOsbizSystemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.patchbay.model.ItspTrunk <em>Itsp Trunk</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.patchbay.model.ItspTrunk
	 * @generated
	 */
	public Adapter createItspTrunkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.patchbay.model.Station <em>Station</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.patchbay.model.Station
	 * @generated
	 */
	public Adapter createStationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.patchbay.model.Device <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.patchbay.model.Device
	 * @generated
	 */
	public Adapter createDeviceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.patchbay.model.Router <em>Router</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.patchbay.model.Router
	 * @generated
	 */
	public Adapter createRouterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.patchbay.model.CompanyRouter <em>Company Router</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.patchbay.model.CompanyRouter
	 * @generated
	 */
	public Adapter createCompanyRouterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.patchbay.model.PortForwardingRule <em>Port Forwarding Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.patchbay.model.PortForwardingRule
	 * @generated
	 */
	public Adapter createPortForwardingRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.patchbay.model.HomeRouter <em>Home Router</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.patchbay.model.HomeRouter
	 * @generated
	 */
	public Adapter createHomeRouterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.patchbay.model.BuffaloRouter <em>Buffalo Router</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.patchbay.model.BuffaloRouter
	 * @generated
	 */
	public Adapter createBuffaloRouterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.patchbay.model.RsipServer <em>Rsip Server</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.patchbay.model.RsipServer
	 * @generated
	 */
	public Adapter createRsipServerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.patchbay.model.RsipClient <em>Rsip Client</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.patchbay.model.RsipClient
	 * @generated
	 */
	public Adapter createRsipClientAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.patchbay.model.RsipBind <em>Rsip Bind</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.patchbay.model.RsipBind
	 * @generated
	 */
	public Adapter createRsipBindAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.patchbay.model.Certificate <em>Certificate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.patchbay.model.Certificate
	 * @generated
	 */
	public Adapter createCertificateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.patchbay.model.ServicelinkIdentity <em>Servicelink Identity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.patchbay.model.ServicelinkIdentity
	 * @generated
	 */
	public Adapter createServicelinkIdentityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.patchbay.model.PasswordPolicy <em>Password Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.patchbay.model.PasswordPolicy
	 * @generated
	 */
	public Adapter createPasswordPolicyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.patchbay.model.OutboundAllowance <em>Outbound Allowance</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.patchbay.model.OutboundAllowance
	 * @generated
	 */
	public Adapter createOutboundAllowanceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.patchbay.model.ServicelinkEndpoint <em>Servicelink Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.patchbay.model.ServicelinkEndpoint
	 * @generated
	 */
	public Adapter createServicelinkEndpointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //EstateAdapterFactory
