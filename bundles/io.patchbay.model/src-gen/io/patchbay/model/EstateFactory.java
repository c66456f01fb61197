/**
 */
package io.patchbay.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.patchbay.model.EstatePackage
 * @generated
 */
public interface EstateFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	EstateFactory eINSTANCE = io.patchbay.model.impl.EstateFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Estate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Estate</em>'.
	 * @generated
	 */
	Estate createEstate();

	/**
	 * Returns a new object of class '<em>Customer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Customer</em>'.
	 * @generated
	 */
	Customer createCustomer();

	/**
	 * Returns a new object of class '<em>Site</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Site</em>'.
	 * @generated
	 */
	Site createSite();

	/**
	 * Returns a new object of class '<em>Osbiz System</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Osbiz System</em>'.
	 * @generated
	 */
	OsbizSystem createOsbizSystem();

	/**
	 * Returns a new object of class '<em>Itsp Trunk</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Itsp Trunk</em>'.
	 * @generated
	 */
	ItspTrunk createItspTrunk();

	/**
	 * Returns a new object of class '<em>Station</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Station</em>'.
	 * @generated
	 */
	Station createStation();

	/**
	 * Returns a new object of class '<em>Device</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device</em>'.
	 * @generated
	 */
	Device createDevice();

	/**
	 * Returns a new object of class '<em>Company Router</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Company Router</em>'.
	 * @generated
	 */
	CompanyRouter createCompanyRouter();

	/**
	 * Returns a new object of class '<em>Port Forwarding Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Port Forwarding Rule</em>'.
	 * @generated
	 */
	PortForwardingRule createPortForwardingRule();

	/**
	 * Returns a new object of class '<em>Home Router</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Home Router</em>'.
	 * @generated
	 */
	HomeRouter createHomeRouter();

	/**
	 * Returns a new object of class '<em>Buffalo Router</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Buffalo Router</em>'.
	 * @generated
	 */
	BuffaloRouter createBuffaloRouter();

	/**
	 * Returns a new object of class '<em>Rsip Server</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rsip Server</em>'.
	 * @generated
	 */
	RsipServer createRsipServer();

	/**
	 * Returns a new object of class '<em>Rsip Client</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rsip Client</em>'.
	 * @generated
	 */
	RsipClient createRsipClient();

	/**
	 * Returns a new object of class '<em>Rsip Bind</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rsip Bind</em>'.
	 * @generated
	 */
	RsipBind createRsipBind();

	/**
	 * Returns a new object of class '<em>Certificate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Certificate</em>'.
	 * @generated
	 */
	Certificate createCertificate();

	/**
	 * Returns a new object of class '<em>Servicelink Identity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Servicelink Identity</em>'.
	 * @generated
	 */
	ServicelinkIdentity createServicelinkIdentity();

	/**
	 * Returns a new object of class '<em>Password Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Password Policy</em>'.
	 * @generated
	 */
	PasswordPolicy createPasswordPolicy();

	/**
	 * Returns a new object of class '<em>Outbound Allowance</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Outbound Allowance</em>'.
	 * @generated
	 */
	OutboundAllowance createOutboundAllowance();

	/**
	 * Returns a new object of class '<em>Servicelink Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Servicelink Endpoint</em>'.
	 * @generated
	 */
	ServicelinkEndpoint createServicelinkEndpoint();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	EstatePackage getEstatePackage();

} //EstateFactory
