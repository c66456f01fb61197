/**
 */
package io.patchbay.model.impl;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.RsipBind;
import io.patchbay.model.RsipClient;
import io.patchbay.model.RsipMode;
import io.patchbay.model.RsipTunnel;

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
 * An implementation of the model object '<em><b>Rsip Client</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.impl.RsipClientImpl#getHostAddress <em>Host Address</em>}</li>
 *   <li>{@link io.patchbay.model.impl.RsipClientImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link io.patchbay.model.impl.RsipClientImpl#getTunnel <em>Tunnel</em>}</li>
 *   <li>{@link io.patchbay.model.impl.RsipClientImpl#getMtu <em>Mtu</em>}</li>
 *   <li>{@link io.patchbay.model.impl.RsipClientImpl#getBinds <em>Binds</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RsipClientImpl extends NamedElementImpl implements RsipClient {
	/**
	 * The default value of the '{@link #getHostAddress() <em>Host Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostAddress() <em>Host Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostAddress()
	 * @generated
	 * @ordered
	 */
	protected String hostAddress = HOST_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final RsipMode MODE_EDEFAULT = RsipMode.RSAP_IP;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected RsipMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTunnel() <em>Tunnel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTunnel()
	 * @generated
	 * @ordered
	 */
	protected static final RsipTunnel TUNNEL_EDEFAULT = RsipTunnel.IP_IN_IP;

	/**
	 * The cached value of the '{@link #getTunnel() <em>Tunnel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTunnel()
	 * @generated
	 * @ordered
	 */
	protected RsipTunnel tunnel = TUNNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getMtu() <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMtu()
	 * @generated
	 * @ordered
	 */
	protected static final int MTU_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMtu() <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMtu()
	 * @generated
	 * @ordered
	 */
	protected int mtu = MTU_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBinds() <em>Binds</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBinds()
	 * @generated
	 * @ordered
	 */
	protected EList<RsipBind> binds;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RsipClientImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EstatePackage.Literals.RSIP_CLIENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHostAddress() {
		return hostAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostAddress(String newHostAddress) {
		String oldHostAddress = hostAddress;
		hostAddress = newHostAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.RSIP_CLIENT__HOST_ADDRESS, oldHostAddress, hostAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RsipMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(RsipMode newMode) {
		RsipMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.RSIP_CLIENT__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RsipTunnel getTunnel() {
		return tunnel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTunnel(RsipTunnel newTunnel) {
		RsipTunnel oldTunnel = tunnel;
		tunnel = newTunnel == null ? TUNNEL_EDEFAULT : newTunnel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.RSIP_CLIENT__TUNNEL, oldTunnel, tunnel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMtu() {
		return mtu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMtu(int newMtu) {
		int oldMtu = mtu;
		mtu = newMtu;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.RSIP_CLIENT__MTU, oldMtu, mtu));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RsipBind> getBinds() {
		if (binds == null) {
			binds = new EObjectContainmentEList<RsipBind>(RsipBind.class, this, EstatePackage.RSIP_CLIENT__BINDS);
		}
		return binds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EstatePackage.RSIP_CLIENT__BINDS:
				return ((InternalEList<?>)getBinds()).basicRemove(otherEnd, msgs);
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
			case EstatePackage.RSIP_CLIENT__HOST_ADDRESS:
				return getHostAddress();
			case EstatePackage.RSIP_CLIENT__MODE:
				return getMode();
			case EstatePackage.RSIP_CLIENT__TUNNEL:
				return getTunnel();
			case EstatePackage.RSIP_CLIENT__MTU:
				return getMtu();
			case EstatePackage.RSIP_CLIENT__BINDS:
				return getBinds();
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
			case EstatePackage.RSIP_CLIENT__HOST_ADDRESS:
				setHostAddress((String)newValue);
				return;
			case EstatePackage.RSIP_CLIENT__MODE:
				setMode((RsipMode)newValue);
				return;
			case EstatePackage.RSIP_CLIENT__TUNNEL:
				setTunnel((RsipTunnel)newValue);
				return;
			case EstatePackage.RSIP_CLIENT__MTU:
				setMtu((Integer)newValue);
				return;
			case EstatePackage.RSIP_CLIENT__BINDS:
				getBinds().clear();
				getBinds().addAll((Collection<? extends RsipBind>)newValue);
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
			case EstatePackage.RSIP_CLIENT__HOST_ADDRESS:
				setHostAddress(HOST_ADDRESS_EDEFAULT);
				return;
			case EstatePackage.RSIP_CLIENT__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case EstatePackage.RSIP_CLIENT__TUNNEL:
				setTunnel(TUNNEL_EDEFAULT);
				return;
			case EstatePackage.RSIP_CLIENT__MTU:
				setMtu(MTU_EDEFAULT);
				return;
			case EstatePackage.RSIP_CLIENT__BINDS:
				getBinds().clear();
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
			case EstatePackage.RSIP_CLIENT__HOST_ADDRESS:
				return HOST_ADDRESS_EDEFAULT == null ? hostAddress != null : !HOST_ADDRESS_EDEFAULT.equals(hostAddress);
			case EstatePackage.RSIP_CLIENT__MODE:
				return mode != MODE_EDEFAULT;
			case EstatePackage.RSIP_CLIENT__TUNNEL:
				return tunnel != TUNNEL_EDEFAULT;
			case EstatePackage.RSIP_CLIENT__MTU:
				return mtu != MTU_EDEFAULT;
			case EstatePackage.RSIP_CLIENT__BINDS:
				return binds != null && !binds.isEmpty();
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
		result.append(" (hostAddress: ");
		result.append(hostAddress);
		result.append(", mode: ");
		result.append(mode);
		result.append(", tunnel: ");
		result.append(tunnel);
		result.append(", mtu: ");
		result.append(mtu);
		result.append(')');
		return result.toString();
	}

} //RsipClientImpl
