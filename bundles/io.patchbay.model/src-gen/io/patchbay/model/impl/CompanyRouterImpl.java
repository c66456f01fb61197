/**
 */
package io.patchbay.model.impl;

import io.patchbay.model.CompanyRouter;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.OutboundAllowance;
import io.patchbay.model.PortForwardingRule;

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
 * An implementation of the model object '<em><b>Company Router</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.impl.CompanyRouterImpl#isOutboundFiltering <em>Outbound Filtering</em>}</li>
 *   <li>{@link io.patchbay.model.impl.CompanyRouterImpl#getDynDnsProvider <em>Dyn Dns Provider</em>}</li>
 *   <li>{@link io.patchbay.model.impl.CompanyRouterImpl#getDynDnsHostName <em>Dyn Dns Host Name</em>}</li>
 *   <li>{@link io.patchbay.model.impl.CompanyRouterImpl#getDynDnsCredentialRef <em>Dyn Dns Credential Ref</em>}</li>
 *   <li>{@link io.patchbay.model.impl.CompanyRouterImpl#isDynDnsFreeAccount <em>Dyn Dns Free Account</em>}</li>
 *   <li>{@link io.patchbay.model.impl.CompanyRouterImpl#getPortForwardingRules <em>Port Forwarding Rules</em>}</li>
 *   <li>{@link io.patchbay.model.impl.CompanyRouterImpl#isTlsInspection <em>Tls Inspection</em>}</li>
 *   <li>{@link io.patchbay.model.impl.CompanyRouterImpl#isHttpsOnlyOutbound <em>Https Only Outbound</em>}</li>
 *   <li>{@link io.patchbay.model.impl.CompanyRouterImpl#isAllowsRelatedInbound <em>Allows Related Inbound</em>}</li>
 *   <li>{@link io.patchbay.model.impl.CompanyRouterImpl#getOutboundAllowances <em>Outbound Allowances</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CompanyRouterImpl extends RouterImpl implements CompanyRouter {
	/**
	 * The default value of the '{@link #isOutboundFiltering() <em>Outbound Filtering</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOutboundFiltering()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OUTBOUND_FILTERING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOutboundFiltering() <em>Outbound Filtering</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOutboundFiltering()
	 * @generated
	 * @ordered
	 */
	protected boolean outboundFiltering = OUTBOUND_FILTERING_EDEFAULT;

	/**
	 * The default value of the '{@link #getDynDnsProvider() <em>Dyn Dns Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDynDnsProvider()
	 * @generated
	 * @ordered
	 */
	protected static final String DYN_DNS_PROVIDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDynDnsProvider() <em>Dyn Dns Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDynDnsProvider()
	 * @generated
	 * @ordered
	 */
	protected String dynDnsProvider = DYN_DNS_PROVIDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getDynDnsHostName() <em>Dyn Dns Host Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDynDnsHostName()
	 * @generated
	 * @ordered
	 */
	protected static final String DYN_DNS_HOST_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDynDnsHostName() <em>Dyn Dns Host Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDynDnsHostName()
	 * @generated
	 * @ordered
	 */
	protected String dynDnsHostName = DYN_DNS_HOST_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDynDnsCredentialRef() <em>Dyn Dns Credential Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDynDnsCredentialRef()
	 * @generated
	 * @ordered
	 */
	protected static final String DYN_DNS_CREDENTIAL_REF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDynDnsCredentialRef() <em>Dyn Dns Credential Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDynDnsCredentialRef()
	 * @generated
	 * @ordered
	 */
	protected String dynDnsCredentialRef = DYN_DNS_CREDENTIAL_REF_EDEFAULT;

	/**
	 * The default value of the '{@link #isDynDnsFreeAccount() <em>Dyn Dns Free Account</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDynDnsFreeAccount()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DYN_DNS_FREE_ACCOUNT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDynDnsFreeAccount() <em>Dyn Dns Free Account</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDynDnsFreeAccount()
	 * @generated
	 * @ordered
	 */
	protected boolean dynDnsFreeAccount = DYN_DNS_FREE_ACCOUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPortForwardingRules() <em>Port Forwarding Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPortForwardingRules()
	 * @generated
	 * @ordered
	 */
	protected EList<PortForwardingRule> portForwardingRules;

	/**
	 * The default value of the '{@link #isTlsInspection() <em>Tls Inspection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTlsInspection()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TLS_INSPECTION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTlsInspection() <em>Tls Inspection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTlsInspection()
	 * @generated
	 * @ordered
	 */
	protected boolean tlsInspection = TLS_INSPECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isHttpsOnlyOutbound() <em>Https Only Outbound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHttpsOnlyOutbound()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HTTPS_ONLY_OUTBOUND_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHttpsOnlyOutbound() <em>Https Only Outbound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHttpsOnlyOutbound()
	 * @generated
	 * @ordered
	 */
	protected boolean httpsOnlyOutbound = HTTPS_ONLY_OUTBOUND_EDEFAULT;

	/**
	 * The default value of the '{@link #isAllowsRelatedInbound() <em>Allows Related Inbound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowsRelatedInbound()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALLOWS_RELATED_INBOUND_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isAllowsRelatedInbound() <em>Allows Related Inbound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowsRelatedInbound()
	 * @generated
	 * @ordered
	 */
	protected boolean allowsRelatedInbound = ALLOWS_RELATED_INBOUND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOutboundAllowances() <em>Outbound Allowances</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutboundAllowances()
	 * @generated
	 * @ordered
	 */
	protected EList<OutboundAllowance> outboundAllowances;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CompanyRouterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EstatePackage.Literals.COMPANY_ROUTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOutboundFiltering() {
		return outboundFiltering;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutboundFiltering(boolean newOutboundFiltering) {
		boolean oldOutboundFiltering = outboundFiltering;
		outboundFiltering = newOutboundFiltering;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.COMPANY_ROUTER__OUTBOUND_FILTERING, oldOutboundFiltering, outboundFiltering));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDynDnsProvider() {
		return dynDnsProvider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDynDnsProvider(String newDynDnsProvider) {
		String oldDynDnsProvider = dynDnsProvider;
		dynDnsProvider = newDynDnsProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.COMPANY_ROUTER__DYN_DNS_PROVIDER, oldDynDnsProvider, dynDnsProvider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDynDnsHostName() {
		return dynDnsHostName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDynDnsHostName(String newDynDnsHostName) {
		String oldDynDnsHostName = dynDnsHostName;
		dynDnsHostName = newDynDnsHostName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.COMPANY_ROUTER__DYN_DNS_HOST_NAME, oldDynDnsHostName, dynDnsHostName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDynDnsCredentialRef() {
		return dynDnsCredentialRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDynDnsCredentialRef(String newDynDnsCredentialRef) {
		String oldDynDnsCredentialRef = dynDnsCredentialRef;
		dynDnsCredentialRef = newDynDnsCredentialRef;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.COMPANY_ROUTER__DYN_DNS_CREDENTIAL_REF, oldDynDnsCredentialRef, dynDnsCredentialRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDynDnsFreeAccount() {
		return dynDnsFreeAccount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDynDnsFreeAccount(boolean newDynDnsFreeAccount) {
		boolean oldDynDnsFreeAccount = dynDnsFreeAccount;
		dynDnsFreeAccount = newDynDnsFreeAccount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.COMPANY_ROUTER__DYN_DNS_FREE_ACCOUNT, oldDynDnsFreeAccount, dynDnsFreeAccount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PortForwardingRule> getPortForwardingRules() {
		if (portForwardingRules == null) {
			portForwardingRules = new EObjectContainmentEList<PortForwardingRule>(PortForwardingRule.class, this, EstatePackage.COMPANY_ROUTER__PORT_FORWARDING_RULES);
		}
		return portForwardingRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTlsInspection() {
		return tlsInspection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTlsInspection(boolean newTlsInspection) {
		boolean oldTlsInspection = tlsInspection;
		tlsInspection = newTlsInspection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.COMPANY_ROUTER__TLS_INSPECTION, oldTlsInspection, tlsInspection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHttpsOnlyOutbound() {
		return httpsOnlyOutbound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHttpsOnlyOutbound(boolean newHttpsOnlyOutbound) {
		boolean oldHttpsOnlyOutbound = httpsOnlyOutbound;
		httpsOnlyOutbound = newHttpsOnlyOutbound;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.COMPANY_ROUTER__HTTPS_ONLY_OUTBOUND, oldHttpsOnlyOutbound, httpsOnlyOutbound));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAllowsRelatedInbound() {
		return allowsRelatedInbound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllowsRelatedInbound(boolean newAllowsRelatedInbound) {
		boolean oldAllowsRelatedInbound = allowsRelatedInbound;
		allowsRelatedInbound = newAllowsRelatedInbound;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.COMPANY_ROUTER__ALLOWS_RELATED_INBOUND, oldAllowsRelatedInbound, allowsRelatedInbound));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OutboundAllowance> getOutboundAllowances() {
		if (outboundAllowances == null) {
			outboundAllowances = new EObjectContainmentEList<OutboundAllowance>(OutboundAllowance.class, this, EstatePackage.COMPANY_ROUTER__OUTBOUND_ALLOWANCES);
		}
		return outboundAllowances;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EstatePackage.COMPANY_ROUTER__PORT_FORWARDING_RULES:
				return ((InternalEList<?>)getPortForwardingRules()).basicRemove(otherEnd, msgs);
			case EstatePackage.COMPANY_ROUTER__OUTBOUND_ALLOWANCES:
				return ((InternalEList<?>)getOutboundAllowances()).basicRemove(otherEnd, msgs);
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
			case EstatePackage.COMPANY_ROUTER__OUTBOUND_FILTERING:
				return isOutboundFiltering();
			case EstatePackage.COMPANY_ROUTER__DYN_DNS_PROVIDER:
				return getDynDnsProvider();
			case EstatePackage.COMPANY_ROUTER__DYN_DNS_HOST_NAME:
				return getDynDnsHostName();
			case EstatePackage.COMPANY_ROUTER__DYN_DNS_CREDENTIAL_REF:
				return getDynDnsCredentialRef();
			case EstatePackage.COMPANY_ROUTER__DYN_DNS_FREE_ACCOUNT:
				return isDynDnsFreeAccount();
			case EstatePackage.COMPANY_ROUTER__PORT_FORWARDING_RULES:
				return getPortForwardingRules();
			case EstatePackage.COMPANY_ROUTER__TLS_INSPECTION:
				return isTlsInspection();
			case EstatePackage.COMPANY_ROUTER__HTTPS_ONLY_OUTBOUND:
				return isHttpsOnlyOutbound();
			case EstatePackage.COMPANY_ROUTER__ALLOWS_RELATED_INBOUND:
				return isAllowsRelatedInbound();
			case EstatePackage.COMPANY_ROUTER__OUTBOUND_ALLOWANCES:
				return getOutboundAllowances();
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
			case EstatePackage.COMPANY_ROUTER__OUTBOUND_FILTERING:
				setOutboundFiltering((Boolean)newValue);
				return;
			case EstatePackage.COMPANY_ROUTER__DYN_DNS_PROVIDER:
				setDynDnsProvider((String)newValue);
				return;
			case EstatePackage.COMPANY_ROUTER__DYN_DNS_HOST_NAME:
				setDynDnsHostName((String)newValue);
				return;
			case EstatePackage.COMPANY_ROUTER__DYN_DNS_CREDENTIAL_REF:
				setDynDnsCredentialRef((String)newValue);
				return;
			case EstatePackage.COMPANY_ROUTER__DYN_DNS_FREE_ACCOUNT:
				setDynDnsFreeAccount((Boolean)newValue);
				return;
			case EstatePackage.COMPANY_ROUTER__PORT_FORWARDING_RULES:
				getPortForwardingRules().clear();
				getPortForwardingRules().addAll((Collection<? extends PortForwardingRule>)newValue);
				return;
			case EstatePackage.COMPANY_ROUTER__TLS_INSPECTION:
				setTlsInspection((Boolean)newValue);
				return;
			case EstatePackage.COMPANY_ROUTER__HTTPS_ONLY_OUTBOUND:
				setHttpsOnlyOutbound((Boolean)newValue);
				return;
			case EstatePackage.COMPANY_ROUTER__ALLOWS_RELATED_INBOUND:
				setAllowsRelatedInbound((Boolean)newValue);
				return;
			case EstatePackage.COMPANY_ROUTER__OUTBOUND_ALLOWANCES:
				getOutboundAllowances().clear();
				getOutboundAllowances().addAll((Collection<? extends OutboundAllowance>)newValue);
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
			case EstatePackage.COMPANY_ROUTER__OUTBOUND_FILTERING:
				setOutboundFiltering(OUTBOUND_FILTERING_EDEFAULT);
				return;
			case EstatePackage.COMPANY_ROUTER__DYN_DNS_PROVIDER:
				setDynDnsProvider(DYN_DNS_PROVIDER_EDEFAULT);
				return;
			case EstatePackage.COMPANY_ROUTER__DYN_DNS_HOST_NAME:
				setDynDnsHostName(DYN_DNS_HOST_NAME_EDEFAULT);
				return;
			case EstatePackage.COMPANY_ROUTER__DYN_DNS_CREDENTIAL_REF:
				setDynDnsCredentialRef(DYN_DNS_CREDENTIAL_REF_EDEFAULT);
				return;
			case EstatePackage.COMPANY_ROUTER__DYN_DNS_FREE_ACCOUNT:
				setDynDnsFreeAccount(DYN_DNS_FREE_ACCOUNT_EDEFAULT);
				return;
			case EstatePackage.COMPANY_ROUTER__PORT_FORWARDING_RULES:
				getPortForwardingRules().clear();
				return;
			case EstatePackage.COMPANY_ROUTER__TLS_INSPECTION:
				setTlsInspection(TLS_INSPECTION_EDEFAULT);
				return;
			case EstatePackage.COMPANY_ROUTER__HTTPS_ONLY_OUTBOUND:
				setHttpsOnlyOutbound(HTTPS_ONLY_OUTBOUND_EDEFAULT);
				return;
			case EstatePackage.COMPANY_ROUTER__ALLOWS_RELATED_INBOUND:
				setAllowsRelatedInbound(ALLOWS_RELATED_INBOUND_EDEFAULT);
				return;
			case EstatePackage.COMPANY_ROUTER__OUTBOUND_ALLOWANCES:
				getOutboundAllowances().clear();
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
			case EstatePackage.COMPANY_ROUTER__OUTBOUND_FILTERING:
				return outboundFiltering != OUTBOUND_FILTERING_EDEFAULT;
			case EstatePackage.COMPANY_ROUTER__DYN_DNS_PROVIDER:
				return DYN_DNS_PROVIDER_EDEFAULT == null ? dynDnsProvider != null : !DYN_DNS_PROVIDER_EDEFAULT.equals(dynDnsProvider);
			case EstatePackage.COMPANY_ROUTER__DYN_DNS_HOST_NAME:
				return DYN_DNS_HOST_NAME_EDEFAULT == null ? dynDnsHostName != null : !DYN_DNS_HOST_NAME_EDEFAULT.equals(dynDnsHostName);
			case EstatePackage.COMPANY_ROUTER__DYN_DNS_CREDENTIAL_REF:
				return DYN_DNS_CREDENTIAL_REF_EDEFAULT == null ? dynDnsCredentialRef != null : !DYN_DNS_CREDENTIAL_REF_EDEFAULT.equals(dynDnsCredentialRef);
			case EstatePackage.COMPANY_ROUTER__DYN_DNS_FREE_ACCOUNT:
				return dynDnsFreeAccount != DYN_DNS_FREE_ACCOUNT_EDEFAULT;
			case EstatePackage.COMPANY_ROUTER__PORT_FORWARDING_RULES:
				return portForwardingRules != null && !portForwardingRules.isEmpty();
			case EstatePackage.COMPANY_ROUTER__TLS_INSPECTION:
				return tlsInspection != TLS_INSPECTION_EDEFAULT;
			case EstatePackage.COMPANY_ROUTER__HTTPS_ONLY_OUTBOUND:
				return httpsOnlyOutbound != HTTPS_ONLY_OUTBOUND_EDEFAULT;
			case EstatePackage.COMPANY_ROUTER__ALLOWS_RELATED_INBOUND:
				return allowsRelatedInbound != ALLOWS_RELATED_INBOUND_EDEFAULT;
			case EstatePackage.COMPANY_ROUTER__OUTBOUND_ALLOWANCES:
				return outboundAllowances != null && !outboundAllowances.isEmpty();
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
		result.append(" (outboundFiltering: ");
		result.append(outboundFiltering);
		result.append(", dynDnsProvider: ");
		result.append(dynDnsProvider);
		result.append(", dynDnsHostName: ");
		result.append(dynDnsHostName);
		result.append(", dynDnsCredentialRef: ");
		result.append(dynDnsCredentialRef);
		result.append(", dynDnsFreeAccount: ");
		result.append(dynDnsFreeAccount);
		result.append(", tlsInspection: ");
		result.append(tlsInspection);
		result.append(", httpsOnlyOutbound: ");
		result.append(httpsOnlyOutbound);
		result.append(", allowsRelatedInbound: ");
		result.append(allowsRelatedInbound);
		result.append(')');
		return result.toString();
	}

} //CompanyRouterImpl
