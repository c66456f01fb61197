/**
 */
package io.patchbay.model.provider;


import io.patchbay.model.Certificate;
import io.patchbay.model.EstatePackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.patchbay.model.Certificate} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CertificateItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CertificateItemProvider(AdapterFactory adapterFactory) {
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

			addKindPropertyDescriptor(object);
			addSerialNumberPropertyDescriptor(object);
			addSignatureAlgorithmPropertyDescriptor(object);
			addKeyLengthPropertyDescriptor(object);
			addValidFromPropertyDescriptor(object);
			addValidUntilPropertyDescriptor(object);
			addSubjectCountryPropertyDescriptor(object);
			addSubjectOrganizationPropertyDescriptor(object);
			addSubjectOrganizationalUnitPropertyDescriptor(object);
			addSubjectCommonNamePropertyDescriptor(object);
			addSubjectAlternativeNamePropertyDescriptor(object);
			addCrlDistributionPointPropertyDescriptor(object);
			addImportedPropertyDescriptor(object);
			addIssuerPropertyDescriptor(object);
			addPassphraseRefPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Certificate_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Certificate_kind_feature", "_UI_Certificate_type"),
				 EstatePackage.Literals.CERTIFICATE__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Serial Number feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSerialNumberPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Certificate_serialNumber_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Certificate_serialNumber_feature", "_UI_Certificate_type"),
				 EstatePackage.Literals.CERTIFICATE__SERIAL_NUMBER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Signature Algorithm feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSignatureAlgorithmPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Certificate_signatureAlgorithm_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Certificate_signatureAlgorithm_feature", "_UI_Certificate_type"),
				 EstatePackage.Literals.CERTIFICATE__SIGNATURE_ALGORITHM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Key Length feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKeyLengthPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Certificate_keyLength_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Certificate_keyLength_feature", "_UI_Certificate_type"),
				 EstatePackage.Literals.CERTIFICATE__KEY_LENGTH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Valid From feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addValidFromPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Certificate_validFrom_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Certificate_validFrom_feature", "_UI_Certificate_type"),
				 EstatePackage.Literals.CERTIFICATE__VALID_FROM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Valid Until feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addValidUntilPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Certificate_validUntil_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Certificate_validUntil_feature", "_UI_Certificate_type"),
				 EstatePackage.Literals.CERTIFICATE__VALID_UNTIL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Subject Country feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSubjectCountryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Certificate_subjectCountry_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Certificate_subjectCountry_feature", "_UI_Certificate_type"),
				 EstatePackage.Literals.CERTIFICATE__SUBJECT_COUNTRY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Subject Organization feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSubjectOrganizationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Certificate_subjectOrganization_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Certificate_subjectOrganization_feature", "_UI_Certificate_type"),
				 EstatePackage.Literals.CERTIFICATE__SUBJECT_ORGANIZATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Subject Organizational Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSubjectOrganizationalUnitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Certificate_subjectOrganizationalUnit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Certificate_subjectOrganizationalUnit_feature", "_UI_Certificate_type"),
				 EstatePackage.Literals.CERTIFICATE__SUBJECT_ORGANIZATIONAL_UNIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Subject Common Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSubjectCommonNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Certificate_subjectCommonName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Certificate_subjectCommonName_feature", "_UI_Certificate_type"),
				 EstatePackage.Literals.CERTIFICATE__SUBJECT_COMMON_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Subject Alternative Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSubjectAlternativeNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Certificate_subjectAlternativeName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Certificate_subjectAlternativeName_feature", "_UI_Certificate_type"),
				 EstatePackage.Literals.CERTIFICATE__SUBJECT_ALTERNATIVE_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Crl Distribution Point feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCrlDistributionPointPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Certificate_crlDistributionPoint_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Certificate_crlDistributionPoint_feature", "_UI_Certificate_type"),
				 EstatePackage.Literals.CERTIFICATE__CRL_DISTRIBUTION_POINT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Imported feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addImportedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Certificate_imported_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Certificate_imported_feature", "_UI_Certificate_type"),
				 EstatePackage.Literals.CERTIFICATE__IMPORTED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Issuer feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIssuerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Certificate_issuer_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Certificate_issuer_feature", "_UI_Certificate_type"),
				 EstatePackage.Literals.CERTIFICATE__ISSUER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Passphrase Ref feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPassphraseRefPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Certificate_passphraseRef_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Certificate_passphraseRef_feature", "_UI_Certificate_type"),
				 EstatePackage.Literals.CERTIFICATE__PASSPHRASE_REF,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns Certificate.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Certificate"));
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

		switch (notification.getFeatureID(Certificate.class)) {
			case EstatePackage.CERTIFICATE__KIND:
			case EstatePackage.CERTIFICATE__SERIAL_NUMBER:
			case EstatePackage.CERTIFICATE__SIGNATURE_ALGORITHM:
			case EstatePackage.CERTIFICATE__KEY_LENGTH:
			case EstatePackage.CERTIFICATE__VALID_FROM:
			case EstatePackage.CERTIFICATE__VALID_UNTIL:
			case EstatePackage.CERTIFICATE__SUBJECT_COUNTRY:
			case EstatePackage.CERTIFICATE__SUBJECT_ORGANIZATION:
			case EstatePackage.CERTIFICATE__SUBJECT_ORGANIZATIONAL_UNIT:
			case EstatePackage.CERTIFICATE__SUBJECT_COMMON_NAME:
			case EstatePackage.CERTIFICATE__SUBJECT_ALTERNATIVE_NAME:
			case EstatePackage.CERTIFICATE__CRL_DISTRIBUTION_POINT:
			case EstatePackage.CERTIFICATE__IMPORTED:
			case EstatePackage.CERTIFICATE__PASSPHRASE_REF:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
	}

}
