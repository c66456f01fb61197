/**
 */
package io.patchbay.model.util;

import io.patchbay.model.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see io.patchbay.model.EstatePackage
 * @generated
 */
public class EstateSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static EstatePackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EstateSwitch() {
		if (modelPackage == null) {
			modelPackage = EstatePackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case EstatePackage.IDENTIFIABLE: {
				Identifiable identifiable = (Identifiable)theEObject;
				T result = caseIdentifiable(identifiable);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EstatePackage.NAMED_ELEMENT: {
				NamedElement namedElement = (NamedElement)theEObject;
				T result = caseNamedElement(namedElement);
				if (result == null) result = caseIdentifiable(namedElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EstatePackage.ESTATE: {
				Estate estate = (Estate)theEObject;
				T result = caseEstate(estate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EstatePackage.CUSTOMER: {
				Customer customer = (Customer)theEObject;
				T result = caseCustomer(customer);
				if (result == null) result = caseNamedElement(customer);
				if (result == null) result = caseIdentifiable(customer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EstatePackage.SITE: {
				Site site = (Site)theEObject;
				T result = caseSite(site);
				if (result == null) result = caseNamedElement(site);
				if (result == null) result = caseIdentifiable(site);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EstatePackage.MANAGED_DEVICE: {
				ManagedDevice managedDevice = (ManagedDevice)theEObject;
				T result = caseManagedDevice(managedDevice);
				if (result == null) result = caseNamedElement(managedDevice);
				if (result == null) result = caseIdentifiable(managedDevice);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EstatePackage.OSBIZ_SYSTEM: {
				OsbizSystem osbizSystem = (OsbizSystem)theEObject;
				T result = caseOsbizSystem(osbizSystem);
				if (result == null) result = caseManagedDevice(osbizSystem);
				if (result == null) result = caseNamedElement(osbizSystem);
				if (result == null) result = caseIdentifiable(osbizSystem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EstatePackage.ITSP_TRUNK: {
				ItspTrunk itspTrunk = (ItspTrunk)theEObject;
				T result = caseItspTrunk(itspTrunk);
				if (result == null) result = caseNamedElement(itspTrunk);
				if (result == null) result = caseIdentifiable(itspTrunk);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EstatePackage.STATION: {
				Station station = (Station)theEObject;
				T result = caseStation(station);
				if (result == null) result = caseIdentifiable(station);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EstatePackage.DEVICE: {
				Device device = (Device)theEObject;
				T result = caseDevice(device);
				if (result == null) result = caseNamedElement(device);
				if (result == null) result = caseIdentifiable(device);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EstatePackage.ROUTER: {
				Router router = (Router)theEObject;
				T result = caseRouter(router);
				if (result == null) result = caseManagedDevice(router);
				if (result == null) result = caseNamedElement(router);
				if (result == null) result = caseIdentifiable(router);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EstatePackage.COMPANY_ROUTER: {
				CompanyRouter companyRouter = (CompanyRouter)theEObject;
				T result = caseCompanyRouter(companyRouter);
				if (result == null) result = caseRouter(companyRouter);
				if (result == null) result = caseManagedDevice(companyRouter);
				if (result == null) result = caseNamedElement(companyRouter);
				if (result == null) result = caseIdentifiable(companyRouter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EstatePackage.PORT_FORWARDING_RULE: {
				PortForwardingRule portForwardingRule = (PortForwardingRule)theEObject;
				T result = casePortForwardingRule(portForwardingRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EstatePackage.HOME_ROUTER: {
				HomeRouter homeRouter = (HomeRouter)theEObject;
				T result = caseHomeRouter(homeRouter);
				if (result == null) result = caseRouter(homeRouter);
				if (result == null) result = caseManagedDevice(homeRouter);
				if (result == null) result = caseNamedElement(homeRouter);
				if (result == null) result = caseIdentifiable(homeRouter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EstatePackage.BUFFALO_ROUTER: {
				BuffaloRouter buffaloRouter = (BuffaloRouter)theEObject;
				T result = caseBuffaloRouter(buffaloRouter);
				if (result == null) result = caseRouter(buffaloRouter);
				if (result == null) result = caseManagedDevice(buffaloRouter);
				if (result == null) result = caseNamedElement(buffaloRouter);
				if (result == null) result = caseIdentifiable(buffaloRouter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EstatePackage.RSIP_SERVER: {
				RsipServer rsipServer = (RsipServer)theEObject;
				T result = caseRsipServer(rsipServer);
				if (result == null) result = caseManagedDevice(rsipServer);
				if (result == null) result = caseNamedElement(rsipServer);
				if (result == null) result = caseIdentifiable(rsipServer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EstatePackage.RSIP_CLIENT: {
				RsipClient rsipClient = (RsipClient)theEObject;
				T result = caseRsipClient(rsipClient);
				if (result == null) result = caseNamedElement(rsipClient);
				if (result == null) result = caseIdentifiable(rsipClient);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EstatePackage.RSIP_BIND: {
				RsipBind rsipBind = (RsipBind)theEObject;
				T result = caseRsipBind(rsipBind);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EstatePackage.CERTIFICATE: {
				Certificate certificate = (Certificate)theEObject;
				T result = caseCertificate(certificate);
				if (result == null) result = caseNamedElement(certificate);
				if (result == null) result = caseIdentifiable(certificate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EstatePackage.SERVICELINK_IDENTITY: {
				ServicelinkIdentity servicelinkIdentity = (ServicelinkIdentity)theEObject;
				T result = caseServicelinkIdentity(servicelinkIdentity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EstatePackage.PASSWORD_POLICY: {
				PasswordPolicy passwordPolicy = (PasswordPolicy)theEObject;
				T result = casePasswordPolicy(passwordPolicy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EstatePackage.OUTBOUND_ALLOWANCE: {
				OutboundAllowance outboundAllowance = (OutboundAllowance)theEObject;
				T result = caseOutboundAllowance(outboundAllowance);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EstatePackage.SERVICELINK_ENDPOINT: {
				ServicelinkEndpoint servicelinkEndpoint = (ServicelinkEndpoint)theEObject;
				T result = caseServicelinkEndpoint(servicelinkEndpoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identifiable</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identifiable</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentifiable(Identifiable object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamedElement(NamedElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Estate</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Estate</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEstate(Estate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Customer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Customer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCustomer(Customer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Site</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Site</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSite(Site object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Managed Device</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Managed Device</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseManagedDevice(ManagedDevice object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Osbiz System</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Osbiz System</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsbizSystem(OsbizSystem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Itsp Trunk</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Itsp Trunk</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseItspTrunk(ItspTrunk object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Station</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Station</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStation(Station object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Device</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Device</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDevice(Device object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Router</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Router</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRouter(Router object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Company Router</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Company Router</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCompanyRouter(CompanyRouter object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Port Forwarding Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Port Forwarding Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePortForwardingRule(PortForwardingRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Home Router</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Home Router</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHomeRouter(HomeRouter object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Buffalo Router</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Buffalo Router</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBuffaloRouter(BuffaloRouter object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rsip Server</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rsip Server</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRsipServer(RsipServer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rsip Client</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rsip Client</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRsipClient(RsipClient object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rsip Bind</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rsip Bind</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRsipBind(RsipBind object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Certificate</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Certificate</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCertificate(Certificate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Servicelink Identity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Servicelink Identity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseServicelinkIdentity(ServicelinkIdentity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Password Policy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Password Policy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePasswordPolicy(PasswordPolicy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Outbound Allowance</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Outbound Allowance</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOutboundAllowance(OutboundAllowance object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Servicelink Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Servicelink Endpoint</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseServicelinkEndpoint(ServicelinkEndpoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //EstateSwitch
