/**
 */
package io.patchbay.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Company Router</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The internet access router of a company site.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.CompanyRouter#isOutboundFiltering <em>Outbound Filtering</em>}</li>
 *   <li>{@link io.patchbay.model.CompanyRouter#getDynDnsProvider <em>Dyn Dns Provider</em>}</li>
 *   <li>{@link io.patchbay.model.CompanyRouter#getDynDnsHostName <em>Dyn Dns Host Name</em>}</li>
 *   <li>{@link io.patchbay.model.CompanyRouter#getDynDnsCredentialRef <em>Dyn Dns Credential Ref</em>}</li>
 *   <li>{@link io.patchbay.model.CompanyRouter#isDynDnsFreeAccount <em>Dyn Dns Free Account</em>}</li>
 *   <li>{@link io.patchbay.model.CompanyRouter#getPortForwardingRules <em>Port Forwarding Rules</em>}</li>
 *   <li>{@link io.patchbay.model.CompanyRouter#isTlsInspection <em>Tls Inspection</em>}</li>
 *   <li>{@link io.patchbay.model.CompanyRouter#isHttpsOnlyOutbound <em>Https Only Outbound</em>}</li>
 *   <li>{@link io.patchbay.model.CompanyRouter#isAllowsRelatedInbound <em>Allows Related Inbound</em>}</li>
 *   <li>{@link io.patchbay.model.CompanyRouter#getOutboundAllowances <em>Outbound Allowances</em>}</li>
 * </ul>
 *
 * @see io.patchbay.model.EstatePackage#getCompanyRouter()
 * @model
 * @generated
 */
public interface CompanyRouter extends Router {
	/**
	 * Returns the value of the '<em><b>Outbound Filtering</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the router restricts outbound traffic; then the forwarded ports must be open outbound too (F-03).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outbound Filtering</em>' attribute.
	 * @see #setOutboundFiltering(boolean)
	 * @see io.patchbay.model.EstatePackage#getCompanyRouter_OutboundFiltering()
	 * @model
	 * @generated
	 */
	boolean isOutboundFiltering();

	/**
	 * Sets the value of the '{@link io.patchbay.model.CompanyRouter#isOutboundFiltering <em>Outbound Filtering</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outbound Filtering</em>' attribute.
	 * @see #isOutboundFiltering()
	 * @generated
	 */
	void setOutboundFiltering(boolean value);

	/**
	 * Returns the value of the '<em><b>Dyn Dns Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dyn Dns Provider</em>' attribute.
	 * @see #setDynDnsProvider(String)
	 * @see io.patchbay.model.EstatePackage#getCompanyRouter_DynDnsProvider()
	 * @model
	 * @generated
	 */
	String getDynDnsProvider();

	/**
	 * Sets the value of the '{@link io.patchbay.model.CompanyRouter#getDynDnsProvider <em>Dyn Dns Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dyn Dns Provider</em>' attribute.
	 * @see #getDynDnsProvider()
	 * @generated
	 */
	void setDynDnsProvider(String value);

	/**
	 * Returns the value of the '<em><b>Dyn Dns Host Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dyn Dns Host Name</em>' attribute.
	 * @see #setDynDnsHostName(String)
	 * @see io.patchbay.model.EstatePackage#getCompanyRouter_DynDnsHostName()
	 * @model
	 * @generated
	 */
	String getDynDnsHostName();

	/**
	 * Sets the value of the '{@link io.patchbay.model.CompanyRouter#getDynDnsHostName <em>Dyn Dns Host Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dyn Dns Host Name</em>' attribute.
	 * @see #getDynDnsHostName()
	 * @generated
	 */
	void setDynDnsHostName(String value);

	/**
	 * Returns the value of the '<em><b>Dyn Dns Credential Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dyn Dns Credential Ref</em>' attribute.
	 * @see #setDynDnsCredentialRef(String)
	 * @see io.patchbay.model.EstatePackage#getCompanyRouter_DynDnsCredentialRef()
	 * @model
	 * @generated
	 */
	String getDynDnsCredentialRef();

	/**
	 * Sets the value of the '{@link io.patchbay.model.CompanyRouter#getDynDnsCredentialRef <em>Dyn Dns Credential Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dyn Dns Credential Ref</em>' attribute.
	 * @see #getDynDnsCredentialRef()
	 * @generated
	 */
	void setDynDnsCredentialRef(String value);

	/**
	 * Returns the value of the '<em><b>Dyn Dns Free Account</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free DynDNS accounts expire and break the feature (F-18).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dyn Dns Free Account</em>' attribute.
	 * @see #setDynDnsFreeAccount(boolean)
	 * @see io.patchbay.model.EstatePackage#getCompanyRouter_DynDnsFreeAccount()
	 * @model
	 * @generated
	 */
	boolean isDynDnsFreeAccount();

	/**
	 * Sets the value of the '{@link io.patchbay.model.CompanyRouter#isDynDnsFreeAccount <em>Dyn Dns Free Account</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dyn Dns Free Account</em>' attribute.
	 * @see #isDynDnsFreeAccount()
	 * @generated
	 */
	void setDynDnsFreeAccount(boolean value);

	/**
	 * Returns the value of the '<em><b>Port Forwarding Rules</b></em>' containment reference list.
	 * The list contents are of type {@link io.patchbay.model.PortForwardingRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port Forwarding Rules</em>' containment reference list.
	 * @see io.patchbay.model.EstatePackage#getCompanyRouter_PortForwardingRules()
	 * @model containment="true"
	 * @generated
	 */
	EList<PortForwardingRule> getPortForwardingRules();

	/**
	 * Returns the value of the '<em><b>Tls Inspection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the router inspects (breaks open) outbound TLS; RSP.servicelink must not be inspected (F-41).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tls Inspection</em>' attribute.
	 * @see #setTlsInspection(boolean)
	 * @see io.patchbay.model.EstatePackage#getCompanyRouter_TlsInspection()
	 * @model
	 * @generated
	 */
	boolean isTlsInspection();

	/**
	 * Sets the value of the '{@link io.patchbay.model.CompanyRouter#isTlsInspection <em>Tls Inspection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tls Inspection</em>' attribute.
	 * @see #isTlsInspection()
	 * @generated
	 */
	void setTlsInspection(boolean value);

	/**
	 * Returns the value of the '<em><b>Https Only Outbound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether outbound traffic on 443 must be HTTPS; RSP.servicelink is OpenVPN over TLS, not HTTPS (F-41).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Https Only Outbound</em>' attribute.
	 * @see #setHttpsOnlyOutbound(boolean)
	 * @see io.patchbay.model.EstatePackage#getCompanyRouter_HttpsOnlyOutbound()
	 * @model
	 * @generated
	 */
	boolean isHttpsOnlyOutbound();

	/**
	 * Sets the value of the '{@link io.patchbay.model.CompanyRouter#isHttpsOnlyOutbound <em>Https Only Outbound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Https Only Outbound</em>' attribute.
	 * @see #isHttpsOnlyOutbound()
	 * @generated
	 */
	void setHttpsOnlyOutbound(boolean value);

	/**
	 * Returns the value of the '<em><b>Allows Related Inbound</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the router lets in the traffic related to allowed outbound connections (F-41).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allows Related Inbound</em>' attribute.
	 * @see #setAllowsRelatedInbound(boolean)
	 * @see io.patchbay.model.EstatePackage#getCompanyRouter_AllowsRelatedInbound()
	 * @model default="true"
	 * @generated
	 */
	boolean isAllowsRelatedInbound();

	/**
	 * Sets the value of the '{@link io.patchbay.model.CompanyRouter#isAllowsRelatedInbound <em>Allows Related Inbound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allows Related Inbound</em>' attribute.
	 * @see #isAllowsRelatedInbound()
	 * @generated
	 */
	void setAllowsRelatedInbound(boolean value);

	/**
	 * Returns the value of the '<em><b>Outbound Allowances</b></em>' containment reference list.
	 * The list contents are of type {@link io.patchbay.model.OutboundAllowance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Destinations outbound filtering lets through (F-41).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outbound Allowances</em>' containment reference list.
	 * @see io.patchbay.model.EstatePackage#getCompanyRouter_OutboundAllowances()
	 * @model containment="true"
	 * @generated
	 */
	EList<OutboundAllowance> getOutboundAllowances();

} // CompanyRouter
