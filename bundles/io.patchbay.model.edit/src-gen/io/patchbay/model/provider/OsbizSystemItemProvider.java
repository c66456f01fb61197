/**
 */
package io.patchbay.model.provider;


import io.patchbay.model.EstateFactory;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.OsbizSystem;

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
 * This is the item provider adapter for a {@link io.patchbay.model.OsbizSystem} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class OsbizSystemItemProvider extends ManagedDeviceItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OsbizSystemItemProvider(AdapterFactory adapterFactory) {
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

			addModelPropertyDescriptor(object);
			addBoosterPropertyDescriptor(object);
			addReleasePropertyDescriptor(object);
			addSielIdPropertyDescriptor(object);
			addMacPropertyDescriptor(object);
			addLan1AddressPropertyDescriptor(object);
			addLan2AddressPropertyDescriptor(object);
			addInternetInterfacePropertyDescriptor(object);
			addWanFirewallEnabledPropertyDescriptor(object);
			addPublicAddressPropertyDescriptor(object);
			addPublicAddressDynamicPropertyDescriptor(object);
			addUpstreamKbpsPropertyDescriptor(object);
			addSimultaneousInternetCallsPropertyDescriptor(object);
			addStunServerPropertyDescriptor(object);
			addStunPortPropertyDescriptor(object);
			addSipInternetPortPropertyDescriptor(object);
			addSipInternetTlsPortPropertyDescriptor(object);
			addSpeEnabledPropertyDescriptor(object);
			addSpeMinimumKeyLengthPropertyDescriptor(object);
			addSpeCertificateValidationPropertyDescriptor(object);
			addSpeCertificatePropertyDescriptor(object);
			addDliEnabledPropertyDescriptor(object);
			addHfaPortPropertyDescriptor(object);
			addHfaTlsPortPropertyDescriptor(object);
			addHttpsPortPropertyDescriptor(object);
			addRtpPortRangePropertyDescriptor(object);
			addTlsFallbackToTls10PropertyDescriptor(object);
			addPlannedItspCallsPropertyDescriptor(object);
			addPlannedCircuitCallsPropertyDescriptor(object);
			addPlannedHomeCallsPropertyDescriptor(object);
			addAccessRouterPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Model feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_model_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_model_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__MODEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Booster feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBoosterPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_booster_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_booster_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__BOOSTER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Release feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReleasePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_release_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_release_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__RELEASE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Siel Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSielIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_sielId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_sielId_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__SIEL_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Mac feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMacPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_mac_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_mac_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__MAC,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Lan1 Address feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLan1AddressPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_lan1Address_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_lan1Address_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__LAN1_ADDRESS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Lan2 Address feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLan2AddressPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_lan2Address_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_lan2Address_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__LAN2_ADDRESS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Internet Interface feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInternetInterfacePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_internetInterface_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_internetInterface_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__INTERNET_INTERFACE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Wan Firewall Enabled feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWanFirewallEnabledPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_wanFirewallEnabled_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_wanFirewallEnabled_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__WAN_FIREWALL_ENABLED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Public Address feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPublicAddressPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_publicAddress_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_publicAddress_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__PUBLIC_ADDRESS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Public Address Dynamic feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPublicAddressDynamicPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_publicAddressDynamic_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_publicAddressDynamic_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__PUBLIC_ADDRESS_DYNAMIC,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Upstream Kbps feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUpstreamKbpsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_upstreamKbps_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_upstreamKbps_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__UPSTREAM_KBPS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Simultaneous Internet Calls feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSimultaneousInternetCallsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_simultaneousInternetCalls_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_simultaneousInternetCalls_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__SIMULTANEOUS_INTERNET_CALLS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Stun Server feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStunServerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_stunServer_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_stunServer_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__STUN_SERVER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Stun Port feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStunPortPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_stunPort_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_stunPort_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__STUN_PORT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sip Internet Port feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSipInternetPortPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_sipInternetPort_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_sipInternetPort_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__SIP_INTERNET_PORT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sip Internet Tls Port feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSipInternetTlsPortPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_sipInternetTlsPort_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_sipInternetTlsPort_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__SIP_INTERNET_TLS_PORT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Spe Enabled feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSpeEnabledPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_speEnabled_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_speEnabled_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__SPE_ENABLED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Spe Minimum Key Length feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSpeMinimumKeyLengthPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_speMinimumKeyLength_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_speMinimumKeyLength_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__SPE_MINIMUM_KEY_LENGTH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Spe Certificate Validation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSpeCertificateValidationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_speCertificateValidation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_speCertificateValidation_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__SPE_CERTIFICATE_VALIDATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Spe Certificate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSpeCertificatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_speCertificate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_speCertificate_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__SPE_CERTIFICATE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dli Enabled feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDliEnabledPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_dliEnabled_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_dliEnabled_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__DLI_ENABLED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hfa Port feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHfaPortPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_hfaPort_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_hfaPort_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__HFA_PORT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hfa Tls Port feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHfaTlsPortPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_hfaTlsPort_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_hfaTlsPort_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__HFA_TLS_PORT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Https Port feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHttpsPortPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_httpsPort_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_httpsPort_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__HTTPS_PORT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Rtp Port Range feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRtpPortRangePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_rtpPortRange_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_rtpPortRange_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__RTP_PORT_RANGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tls Fallback To Tls10 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTlsFallbackToTls10PropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_tlsFallbackToTls10_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_tlsFallbackToTls10_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__TLS_FALLBACK_TO_TLS10,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Planned Itsp Calls feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPlannedItspCallsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_plannedItspCalls_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_plannedItspCalls_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__PLANNED_ITSP_CALLS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Planned Circuit Calls feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPlannedCircuitCallsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_plannedCircuitCalls_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_plannedCircuitCalls_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__PLANNED_CIRCUIT_CALLS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Planned Home Calls feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPlannedHomeCallsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_plannedHomeCalls_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_plannedHomeCalls_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__PLANNED_HOME_CALLS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Access Router feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAccessRouterPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OsbizSystem_accessRouter_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OsbizSystem_accessRouter_feature", "_UI_OsbizSystem_type"),
				 EstatePackage.Literals.OSBIZ_SYSTEM__ACCESS_ROUTER,
				 true,
				 false,
				 true,
				 null,
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
			childrenFeatures.add(EstatePackage.Literals.OSBIZ_SYSTEM__PASSWORD_POLICY);
			childrenFeatures.add(EstatePackage.Literals.OSBIZ_SYSTEM__ITSP_TRUNKS);
			childrenFeatures.add(EstatePackage.Literals.OSBIZ_SYSTEM__STATIONS);
			childrenFeatures.add(EstatePackage.Literals.OSBIZ_SYSTEM__DEVICES);
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
	 * This returns OsbizSystem.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/OsbizSystem"));
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

		switch (notification.getFeatureID(OsbizSystem.class)) {
			case EstatePackage.OSBIZ_SYSTEM__MODEL:
			case EstatePackage.OSBIZ_SYSTEM__BOOSTER:
			case EstatePackage.OSBIZ_SYSTEM__RELEASE:
			case EstatePackage.OSBIZ_SYSTEM__SIEL_ID:
			case EstatePackage.OSBIZ_SYSTEM__MAC:
			case EstatePackage.OSBIZ_SYSTEM__LAN1_ADDRESS:
			case EstatePackage.OSBIZ_SYSTEM__LAN2_ADDRESS:
			case EstatePackage.OSBIZ_SYSTEM__INTERNET_INTERFACE:
			case EstatePackage.OSBIZ_SYSTEM__WAN_FIREWALL_ENABLED:
			case EstatePackage.OSBIZ_SYSTEM__PUBLIC_ADDRESS:
			case EstatePackage.OSBIZ_SYSTEM__PUBLIC_ADDRESS_DYNAMIC:
			case EstatePackage.OSBIZ_SYSTEM__UPSTREAM_KBPS:
			case EstatePackage.OSBIZ_SYSTEM__SIMULTANEOUS_INTERNET_CALLS:
			case EstatePackage.OSBIZ_SYSTEM__STUN_SERVER:
			case EstatePackage.OSBIZ_SYSTEM__STUN_PORT:
			case EstatePackage.OSBIZ_SYSTEM__SIP_INTERNET_PORT:
			case EstatePackage.OSBIZ_SYSTEM__SIP_INTERNET_TLS_PORT:
			case EstatePackage.OSBIZ_SYSTEM__SPE_ENABLED:
			case EstatePackage.OSBIZ_SYSTEM__SPE_MINIMUM_KEY_LENGTH:
			case EstatePackage.OSBIZ_SYSTEM__SPE_CERTIFICATE_VALIDATION:
			case EstatePackage.OSBIZ_SYSTEM__DLI_ENABLED:
			case EstatePackage.OSBIZ_SYSTEM__HFA_PORT:
			case EstatePackage.OSBIZ_SYSTEM__HFA_TLS_PORT:
			case EstatePackage.OSBIZ_SYSTEM__HTTPS_PORT:
			case EstatePackage.OSBIZ_SYSTEM__RTP_PORT_RANGE:
			case EstatePackage.OSBIZ_SYSTEM__TLS_FALLBACK_TO_TLS10:
			case EstatePackage.OSBIZ_SYSTEM__PLANNED_ITSP_CALLS:
			case EstatePackage.OSBIZ_SYSTEM__PLANNED_CIRCUIT_CALLS:
			case EstatePackage.OSBIZ_SYSTEM__PLANNED_HOME_CALLS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case EstatePackage.OSBIZ_SYSTEM__PASSWORD_POLICY:
			case EstatePackage.OSBIZ_SYSTEM__ITSP_TRUNKS:
			case EstatePackage.OSBIZ_SYSTEM__STATIONS:
			case EstatePackage.OSBIZ_SYSTEM__DEVICES:
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
				(EstatePackage.Literals.OSBIZ_SYSTEM__PASSWORD_POLICY,
				 EstateFactory.eINSTANCE.createPasswordPolicy()));

		newChildDescriptors.add
			(createChildParameter
				(EstatePackage.Literals.OSBIZ_SYSTEM__ITSP_TRUNKS,
				 EstateFactory.eINSTANCE.createItspTrunk()));

		newChildDescriptors.add
			(createChildParameter
				(EstatePackage.Literals.OSBIZ_SYSTEM__STATIONS,
				 EstateFactory.eINSTANCE.createStation()));

		newChildDescriptors.add
			(createChildParameter
				(EstatePackage.Literals.OSBIZ_SYSTEM__DEVICES,
				 EstateFactory.eINSTANCE.createDevice()));
	}

}
