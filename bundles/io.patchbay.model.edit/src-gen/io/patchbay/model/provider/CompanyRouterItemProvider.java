/**
 */
package io.patchbay.model.provider;


import io.patchbay.model.CompanyRouter;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.EstatePackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.patchbay.model.CompanyRouter} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CompanyRouterItemProvider extends RouterItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CompanyRouterItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addOutboundFilteringPropertyDescriptor(object);
			addDynDnsProviderPropertyDescriptor(object);
			addDynDnsHostNamePropertyDescriptor(object);
			addDynDnsCredentialRefPropertyDescriptor(object);
			addDynDnsFreeAccountPropertyDescriptor(object);
			addTlsInspectionPropertyDescriptor(object);
			addHttpsOnlyOutboundPropertyDescriptor(object);
			addAllowsRelatedInboundPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Outbound Filtering feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOutboundFilteringPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompanyRouter_outboundFiltering_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompanyRouter_outboundFiltering_feature", "_UI_CompanyRouter_type"),
				 EstatePackage.Literals.COMPANY_ROUTER__OUTBOUND_FILTERING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dyn Dns Provider feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDynDnsProviderPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompanyRouter_dynDnsProvider_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompanyRouter_dynDnsProvider_feature", "_UI_CompanyRouter_type"),
				 EstatePackage.Literals.COMPANY_ROUTER__DYN_DNS_PROVIDER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dyn Dns Host Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDynDnsHostNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompanyRouter_dynDnsHostName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompanyRouter_dynDnsHostName_feature", "_UI_CompanyRouter_type"),
				 EstatePackage.Literals.COMPANY_ROUTER__DYN_DNS_HOST_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dyn Dns Credential Ref feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDynDnsCredentialRefPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompanyRouter_dynDnsCredentialRef_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompanyRouter_dynDnsCredentialRef_feature", "_UI_CompanyRouter_type"),
				 EstatePackage.Literals.COMPANY_ROUTER__DYN_DNS_CREDENTIAL_REF,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dyn Dns Free Account feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDynDnsFreeAccountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompanyRouter_dynDnsFreeAccount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompanyRouter_dynDnsFreeAccount_feature", "_UI_CompanyRouter_type"),
				 EstatePackage.Literals.COMPANY_ROUTER__DYN_DNS_FREE_ACCOUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tls Inspection feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTlsInspectionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompanyRouter_tlsInspection_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompanyRouter_tlsInspection_feature", "_UI_CompanyRouter_type"),
				 EstatePackage.Literals.COMPANY_ROUTER__TLS_INSPECTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Https Only Outbound feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHttpsOnlyOutboundPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompanyRouter_httpsOnlyOutbound_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompanyRouter_httpsOnlyOutbound_feature", "_UI_CompanyRouter_type"),
				 EstatePackage.Literals.COMPANY_ROUTER__HTTPS_ONLY_OUTBOUND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Allows Related Inbound feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAllowsRelatedInboundPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompanyRouter_allowsRelatedInbound_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompanyRouter_allowsRelatedInbound_feature", "_UI_CompanyRouter_type"),
				 EstatePackage.Literals.COMPANY_ROUTER__ALLOWS_RELATED_INBOUND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(EstatePackage.Literals.COMPANY_ROUTER__PORT_FORWARDING_RULES);
			childrenFeatures.add(EstatePackage.Literals.COMPANY_ROUTER__OUTBOUND_ALLOWANCES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns CompanyRouter.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CompanyRouter"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * The label an operator reads, made in one place: {@link io.patchbay.model.EstateLabels}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		return io.patchbay.model.EstateLabels.describe(object);
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(CompanyRouter.class)) {
			case EstatePackage.COMPANY_ROUTER__OUTBOUND_FILTERING:
			case EstatePackage.COMPANY_ROUTER__DYN_DNS_PROVIDER:
			case EstatePackage.COMPANY_ROUTER__DYN_DNS_HOST_NAME:
			case EstatePackage.COMPANY_ROUTER__DYN_DNS_CREDENTIAL_REF:
			case EstatePackage.COMPANY_ROUTER__DYN_DNS_FREE_ACCOUNT:
			case EstatePackage.COMPANY_ROUTER__TLS_INSPECTION:
			case EstatePackage.COMPANY_ROUTER__HTTPS_ONLY_OUTBOUND:
			case EstatePackage.COMPANY_ROUTER__ALLOWS_RELATED_INBOUND:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case EstatePackage.COMPANY_ROUTER__PORT_FORWARDING_RULES:
			case EstatePackage.COMPANY_ROUTER__OUTBOUND_ALLOWANCES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(EstatePackage.Literals.COMPANY_ROUTER__PORT_FORWARDING_RULES,
				 EstateFactory.eINSTANCE.createPortForwardingRule()));

		newChildDescriptors.add
			(createChildParameter
				(EstatePackage.Literals.COMPANY_ROUTER__OUTBOUND_ALLOWANCES,
				 EstateFactory.eINSTANCE.createOutboundAllowance()));
	}

}
