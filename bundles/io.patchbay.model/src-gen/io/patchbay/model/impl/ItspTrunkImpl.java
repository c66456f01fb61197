/**
 */
package io.patchbay.model.impl;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.ItspTrunk;
import io.patchbay.model.LanInterface;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Itsp Trunk</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.impl.ItspTrunkImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link io.patchbay.model.impl.ItspTrunkImpl#isActive <em>Active</em>}</li>
 *   <li>{@link io.patchbay.model.impl.ItspTrunkImpl#getLanInterface <em>Lan Interface</em>}</li>
 *   <li>{@link io.patchbay.model.impl.ItspTrunkImpl#getStunServer <em>Stun Server</em>}</li>
 *   <li>{@link io.patchbay.model.impl.ItspTrunkImpl#getStunPort <em>Stun Port</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ItspTrunkImpl extends NamedElementImpl implements ItspTrunk {
	/**
	 * The default value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVIDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected String provider = PROVIDER_EDEFAULT;

	/**
	 * The default value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected boolean active = ACTIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanInterface() <em>Lan Interface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanInterface()
	 * @generated
	 * @ordered
	 */
	protected static final LanInterface LAN_INTERFACE_EDEFAULT = LanInterface.LAN1_WAN;

	/**
	 * The cached value of the '{@link #getLanInterface() <em>Lan Interface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanInterface()
	 * @generated
	 * @ordered
	 */
	protected LanInterface lanInterface = LAN_INTERFACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStunServer() <em>Stun Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStunServer()
	 * @generated
	 * @ordered
	 */
	protected static final String STUN_SERVER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStunServer() <em>Stun Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStunServer()
	 * @generated
	 * @ordered
	 */
	protected String stunServer = STUN_SERVER_EDEFAULT;

	/**
	 * The default value of the '{@link #getStunPort() <em>Stun Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStunPort()
	 * @generated
	 * @ordered
	 */
	protected static final int STUN_PORT_EDEFAULT = 3478;

	/**
	 * The cached value of the '{@link #getStunPort() <em>Stun Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStunPort()
	 * @generated
	 * @ordered
	 */
	protected int stunPort = STUN_PORT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ItspTrunkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EstatePackage.Literals.ITSP_TRUNK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProvider() {
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvider(String newProvider) {
		String oldProvider = provider;
		provider = newProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.ITSP_TRUNK__PROVIDER, oldProvider, provider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActive() {
		return active;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActive(boolean newActive) {
		boolean oldActive = active;
		active = newActive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.ITSP_TRUNK__ACTIVE, oldActive, active));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LanInterface getLanInterface() {
		return lanInterface;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanInterface(LanInterface newLanInterface) {
		LanInterface oldLanInterface = lanInterface;
		lanInterface = newLanInterface == null ? LAN_INTERFACE_EDEFAULT : newLanInterface;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.ITSP_TRUNK__LAN_INTERFACE, oldLanInterface, lanInterface));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStunServer() {
		return stunServer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStunServer(String newStunServer) {
		String oldStunServer = stunServer;
		stunServer = newStunServer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.ITSP_TRUNK__STUN_SERVER, oldStunServer, stunServer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStunPort() {
		return stunPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStunPort(int newStunPort) {
		int oldStunPort = stunPort;
		stunPort = newStunPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.ITSP_TRUNK__STUN_PORT, oldStunPort, stunPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EstatePackage.ITSP_TRUNK__PROVIDER:
				return getProvider();
			case EstatePackage.ITSP_TRUNK__ACTIVE:
				return isActive();
			case EstatePackage.ITSP_TRUNK__LAN_INTERFACE:
				return getLanInterface();
			case EstatePackage.ITSP_TRUNK__STUN_SERVER:
				return getStunServer();
			case EstatePackage.ITSP_TRUNK__STUN_PORT:
				return getStunPort();
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
			case EstatePackage.ITSP_TRUNK__PROVIDER:
				setProvider((String)newValue);
				return;
			case EstatePackage.ITSP_TRUNK__ACTIVE:
				setActive((Boolean)newValue);
				return;
			case EstatePackage.ITSP_TRUNK__LAN_INTERFACE:
				setLanInterface((LanInterface)newValue);
				return;
			case EstatePackage.ITSP_TRUNK__STUN_SERVER:
				setStunServer((String)newValue);
				return;
			case EstatePackage.ITSP_TRUNK__STUN_PORT:
				setStunPort((Integer)newValue);
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
			case EstatePackage.ITSP_TRUNK__PROVIDER:
				setProvider(PROVIDER_EDEFAULT);
				return;
			case EstatePackage.ITSP_TRUNK__ACTIVE:
				setActive(ACTIVE_EDEFAULT);
				return;
			case EstatePackage.ITSP_TRUNK__LAN_INTERFACE:
				setLanInterface(LAN_INTERFACE_EDEFAULT);
				return;
			case EstatePackage.ITSP_TRUNK__STUN_SERVER:
				setStunServer(STUN_SERVER_EDEFAULT);
				return;
			case EstatePackage.ITSP_TRUNK__STUN_PORT:
				setStunPort(STUN_PORT_EDEFAULT);
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
			case EstatePackage.ITSP_TRUNK__PROVIDER:
				return PROVIDER_EDEFAULT == null ? provider != null : !PROVIDER_EDEFAULT.equals(provider);
			case EstatePackage.ITSP_TRUNK__ACTIVE:
				return active != ACTIVE_EDEFAULT;
			case EstatePackage.ITSP_TRUNK__LAN_INTERFACE:
				return lanInterface != LAN_INTERFACE_EDEFAULT;
			case EstatePackage.ITSP_TRUNK__STUN_SERVER:
				return STUN_SERVER_EDEFAULT == null ? stunServer != null : !STUN_SERVER_EDEFAULT.equals(stunServer);
			case EstatePackage.ITSP_TRUNK__STUN_PORT:
				return stunPort != STUN_PORT_EDEFAULT;
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
		result.append(" (provider: ");
		result.append(provider);
		result.append(", active: ");
		result.append(active);
		result.append(", lanInterface: ");
		result.append(lanInterface);
		result.append(", stunServer: ");
		result.append(stunServer);
		result.append(", stunPort: ");
		result.append(stunPort);
		result.append(')');
		return result.toString();
	}

} //ItspTrunkImpl
