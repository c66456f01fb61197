/**
 */
package io.patchbay.model.impl;

import io.patchbay.model.ClassOfService;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.Station;
import io.patchbay.model.StationType;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Station</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.impl.StationImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link io.patchbay.model.impl.StationImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.patchbay.model.impl.StationImpl#getType <em>Type</em>}</li>
 *   <li>{@link io.patchbay.model.impl.StationImpl#isAuthentication <em>Authentication</em>}</li>
 *   <li>{@link io.patchbay.model.impl.StationImpl#getPasswordRef <em>Password Ref</em>}</li>
 *   <li>{@link io.patchbay.model.impl.StationImpl#getSipUserId <em>Sip User Id</em>}</li>
 *   <li>{@link io.patchbay.model.impl.StationImpl#getRealm <em>Realm</em>}</li>
 *   <li>{@link io.patchbay.model.impl.StationImpl#getClassOfService <em>Class Of Service</em>}</li>
 *   <li>{@link io.patchbay.model.impl.StationImpl#isSbcFlag <em>Sbc Flag</em>}</li>
 *   <li>{@link io.patchbay.model.impl.StationImpl#isSpeEnabled <em>Spe Enabled</em>}</li>
 *   <li>{@link io.patchbay.model.impl.StationImpl#isIpUserLicence <em>Ip User Licence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StationImpl extends IdentifiableImpl implements Station {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final StationType TYPE_EDEFAULT = StationType.SYSTEM_CLIENT_HFA;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected StationType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #isAuthentication() <em>Authentication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAuthentication()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AUTHENTICATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAuthentication() <em>Authentication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAuthentication()
	 * @generated
	 * @ordered
	 */
	protected boolean authentication = AUTHENTICATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPasswordRef() <em>Password Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordRef()
	 * @generated
	 * @ordered
	 */
	protected static final String PASSWORD_REF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPasswordRef() <em>Password Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordRef()
	 * @generated
	 * @ordered
	 */
	protected String passwordRef = PASSWORD_REF_EDEFAULT;

	/**
	 * The default value of the '{@link #getSipUserId() <em>Sip User Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSipUserId()
	 * @generated
	 * @ordered
	 */
	protected static final String SIP_USER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSipUserId() <em>Sip User Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSipUserId()
	 * @generated
	 * @ordered
	 */
	protected String sipUserId = SIP_USER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getRealm() <em>Realm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRealm()
	 * @generated
	 * @ordered
	 */
	protected static final String REALM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRealm() <em>Realm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRealm()
	 * @generated
	 * @ordered
	 */
	protected String realm = REALM_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassOfService() <em>Class Of Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassOfService()
	 * @generated
	 * @ordered
	 */
	protected static final ClassOfService CLASS_OF_SERVICE_EDEFAULT = ClassOfService.INTERNAL_ONLY;

	/**
	 * The cached value of the '{@link #getClassOfService() <em>Class Of Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassOfService()
	 * @generated
	 * @ordered
	 */
	protected ClassOfService classOfService = CLASS_OF_SERVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #isSbcFlag() <em>Sbc Flag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSbcFlag()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SBC_FLAG_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSbcFlag() <em>Sbc Flag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSbcFlag()
	 * @generated
	 * @ordered
	 */
	protected boolean sbcFlag = SBC_FLAG_EDEFAULT;

	/**
	 * The default value of the '{@link #isSpeEnabled() <em>Spe Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpeEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SPE_ENABLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSpeEnabled() <em>Spe Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpeEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean speEnabled = SPE_ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #isIpUserLicence() <em>Ip User Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIpUserLicence()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IP_USER_LICENCE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIpUserLicence() <em>Ip User Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIpUserLicence()
	 * @generated
	 * @ordered
	 */
	protected boolean ipUserLicence = IP_USER_LICENCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EstatePackage.Literals.STATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.STATION__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.STATION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StationType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(StationType newType) {
		StationType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.STATION__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAuthentication() {
		return authentication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthentication(boolean newAuthentication) {
		boolean oldAuthentication = authentication;
		authentication = newAuthentication;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.STATION__AUTHENTICATION, oldAuthentication, authentication));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPasswordRef() {
		return passwordRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPasswordRef(String newPasswordRef) {
		String oldPasswordRef = passwordRef;
		passwordRef = newPasswordRef;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.STATION__PASSWORD_REF, oldPasswordRef, passwordRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSipUserId() {
		return sipUserId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSipUserId(String newSipUserId) {
		String oldSipUserId = sipUserId;
		sipUserId = newSipUserId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.STATION__SIP_USER_ID, oldSipUserId, sipUserId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRealm() {
		return realm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRealm(String newRealm) {
		String oldRealm = realm;
		realm = newRealm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.STATION__REALM, oldRealm, realm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClassOfService getClassOfService() {
		return classOfService;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassOfService(ClassOfService newClassOfService) {
		ClassOfService oldClassOfService = classOfService;
		classOfService = newClassOfService == null ? CLASS_OF_SERVICE_EDEFAULT : newClassOfService;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.STATION__CLASS_OF_SERVICE, oldClassOfService, classOfService));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSbcFlag() {
		return sbcFlag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSbcFlag(boolean newSbcFlag) {
		boolean oldSbcFlag = sbcFlag;
		sbcFlag = newSbcFlag;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.STATION__SBC_FLAG, oldSbcFlag, sbcFlag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSpeEnabled() {
		return speEnabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpeEnabled(boolean newSpeEnabled) {
		boolean oldSpeEnabled = speEnabled;
		speEnabled = newSpeEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.STATION__SPE_ENABLED, oldSpeEnabled, speEnabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIpUserLicence() {
		return ipUserLicence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpUserLicence(boolean newIpUserLicence) {
		boolean oldIpUserLicence = ipUserLicence;
		ipUserLicence = newIpUserLicence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.STATION__IP_USER_LICENCE, oldIpUserLicence, ipUserLicence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EstatePackage.STATION__NUMBER:
				return getNumber();
			case EstatePackage.STATION__NAME:
				return getName();
			case EstatePackage.STATION__TYPE:
				return getType();
			case EstatePackage.STATION__AUTHENTICATION:
				return isAuthentication();
			case EstatePackage.STATION__PASSWORD_REF:
				return getPasswordRef();
			case EstatePackage.STATION__SIP_USER_ID:
				return getSipUserId();
			case EstatePackage.STATION__REALM:
				return getRealm();
			case EstatePackage.STATION__CLASS_OF_SERVICE:
				return getClassOfService();
			case EstatePackage.STATION__SBC_FLAG:
				return isSbcFlag();
			case EstatePackage.STATION__SPE_ENABLED:
				return isSpeEnabled();
			case EstatePackage.STATION__IP_USER_LICENCE:
				return isIpUserLicence();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case EstatePackage.STATION__NUMBER:
				setNumber((String)newValue);
				return;
			case EstatePackage.STATION__NAME:
				setName((String)newValue);
				return;
			case EstatePackage.STATION__TYPE:
				setType((StationType)newValue);
				return;
			case EstatePackage.STATION__AUTHENTICATION:
				setAuthentication((Boolean)newValue);
				return;
			case EstatePackage.STATION__PASSWORD_REF:
				setPasswordRef((String)newValue);
				return;
			case EstatePackage.STATION__SIP_USER_ID:
				setSipUserId((String)newValue);
				return;
			case EstatePackage.STATION__REALM:
				setRealm((String)newValue);
				return;
			case EstatePackage.STATION__CLASS_OF_SERVICE:
				setClassOfService((ClassOfService)newValue);
				return;
			case EstatePackage.STATION__SBC_FLAG:
				setSbcFlag((Boolean)newValue);
				return;
			case EstatePackage.STATION__SPE_ENABLED:
				setSpeEnabled((Boolean)newValue);
				return;
			case EstatePackage.STATION__IP_USER_LICENCE:
				setIpUserLicence((Boolean)newValue);
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
			case EstatePackage.STATION__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case EstatePackage.STATION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case EstatePackage.STATION__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case EstatePackage.STATION__AUTHENTICATION:
				setAuthentication(AUTHENTICATION_EDEFAULT);
				return;
			case EstatePackage.STATION__PASSWORD_REF:
				setPasswordRef(PASSWORD_REF_EDEFAULT);
				return;
			case EstatePackage.STATION__SIP_USER_ID:
				setSipUserId(SIP_USER_ID_EDEFAULT);
				return;
			case EstatePackage.STATION__REALM:
				setRealm(REALM_EDEFAULT);
				return;
			case EstatePackage.STATION__CLASS_OF_SERVICE:
				setClassOfService(CLASS_OF_SERVICE_EDEFAULT);
				return;
			case EstatePackage.STATION__SBC_FLAG:
				setSbcFlag(SBC_FLAG_EDEFAULT);
				return;
			case EstatePackage.STATION__SPE_ENABLED:
				setSpeEnabled(SPE_ENABLED_EDEFAULT);
				return;
			case EstatePackage.STATION__IP_USER_LICENCE:
				setIpUserLicence(IP_USER_LICENCE_EDEFAULT);
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
			case EstatePackage.STATION__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case EstatePackage.STATION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case EstatePackage.STATION__TYPE:
				return type != TYPE_EDEFAULT;
			case EstatePackage.STATION__AUTHENTICATION:
				return authentication != AUTHENTICATION_EDEFAULT;
			case EstatePackage.STATION__PASSWORD_REF:
				return PASSWORD_REF_EDEFAULT == null ? passwordRef != null : !PASSWORD_REF_EDEFAULT.equals(passwordRef);
			case EstatePackage.STATION__SIP_USER_ID:
				return SIP_USER_ID_EDEFAULT == null ? sipUserId != null : !SIP_USER_ID_EDEFAULT.equals(sipUserId);
			case EstatePackage.STATION__REALM:
				return REALM_EDEFAULT == null ? realm != null : !REALM_EDEFAULT.equals(realm);
			case EstatePackage.STATION__CLASS_OF_SERVICE:
				return classOfService != CLASS_OF_SERVICE_EDEFAULT;
			case EstatePackage.STATION__SBC_FLAG:
				return sbcFlag != SBC_FLAG_EDEFAULT;
			case EstatePackage.STATION__SPE_ENABLED:
				return speEnabled != SPE_ENABLED_EDEFAULT;
			case EstatePackage.STATION__IP_USER_LICENCE:
				return ipUserLicence != IP_USER_LICENCE_EDEFAULT;
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
		result.append(" (number: ");
		result.append(number);
		result.append(", name: ");
		result.append(name);
		result.append(", type: ");
		result.append(type);
		result.append(", authentication: ");
		result.append(authentication);
		result.append(", passwordRef: ");
		result.append(passwordRef);
		result.append(", sipUserId: ");
		result.append(sipUserId);
		result.append(", realm: ");
		result.append(realm);
		result.append(", classOfService: ");
		result.append(classOfService);
		result.append(", sbcFlag: ");
		result.append(sbcFlag);
		result.append(", speEnabled: ");
		result.append(speEnabled);
		result.append(", ipUserLicence: ");
		result.append(ipUserLicence);
		result.append(')');
		return result.toString();
	}

} //StationImpl
