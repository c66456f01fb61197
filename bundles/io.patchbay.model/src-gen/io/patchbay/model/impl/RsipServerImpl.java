/**
 */
package io.patchbay.model.impl;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.PortRange;
import io.patchbay.model.RsipClient;
import io.patchbay.model.RsipServer;
import io.patchbay.model.TransportProtocol;

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
 * An implementation of the model object '<em><b>Rsip Server</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.impl.RsipServerImpl#getControlPort <em>Control Port</em>}</li>
 *   <li>{@link io.patchbay.model.impl.RsipServerImpl#getControlProtocol <em>Control Protocol</em>}</li>
 *   <li>{@link io.patchbay.model.impl.RsipServerImpl#getPortRange <em>Port Range</em>}</li>
 *   <li>{@link io.patchbay.model.impl.RsipServerImpl#getListenRange <em>Listen Range</em>}</li>
 *   <li>{@link io.patchbay.model.impl.RsipServerImpl#getMaxClients <em>Max Clients</em>}</li>
 *   <li>{@link io.patchbay.model.impl.RsipServerImpl#getInternalInterface <em>Internal Interface</em>}</li>
 *   <li>{@link io.patchbay.model.impl.RsipServerImpl#getExternalInterface <em>External Interface</em>}</li>
 *   <li>{@link io.patchbay.model.impl.RsipServerImpl#getPool <em>Pool</em>}</li>
 *   <li>{@link io.patchbay.model.impl.RsipServerImpl#getMtu <em>Mtu</em>}</li>
 *   <li>{@link io.patchbay.model.impl.RsipServerImpl#getExternalInterfaceMtu <em>External Interface Mtu</em>}</li>
 *   <li>{@link io.patchbay.model.impl.RsipServerImpl#getLogLevel <em>Log Level</em>}</li>
 *   <li>{@link io.patchbay.model.impl.RsipServerImpl#getGatewayLocalPortRange <em>Gateway Local Port Range</em>}</li>
 *   <li>{@link io.patchbay.model.impl.RsipServerImpl#getClients <em>Clients</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RsipServerImpl extends ManagedDeviceImpl implements RsipServer {
	/**
	 * The default value of the '{@link #getControlPort() <em>Control Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControlPort()
	 * @generated
	 * @ordered
	 */
	protected static final int CONTROL_PORT_EDEFAULT = 4555;

	/**
	 * The cached value of the '{@link #getControlPort() <em>Control Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControlPort()
	 * @generated
	 * @ordered
	 */
	protected int controlPort = CONTROL_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getControlProtocol() <em>Control Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControlProtocol()
	 * @generated
	 * @ordered
	 */
	protected static final TransportProtocol CONTROL_PROTOCOL_EDEFAULT = TransportProtocol.TCP;

	/**
	 * The cached value of the '{@link #getControlProtocol() <em>Control Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControlProtocol()
	 * @generated
	 * @ordered
	 */
	protected TransportProtocol controlProtocol = CONTROL_PROTOCOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPortRange() <em>Port Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPortRange()
	 * @generated
	 * @ordered
	 */
	protected static final PortRange PORT_RANGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPortRange() <em>Port Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPortRange()
	 * @generated
	 * @ordered
	 */
	protected PortRange portRange = PORT_RANGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getListenRange() <em>Listen Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListenRange()
	 * @generated
	 * @ordered
	 */
	protected static final PortRange LISTEN_RANGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getListenRange() <em>Listen Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListenRange()
	 * @generated
	 * @ordered
	 */
	protected PortRange listenRange = LISTEN_RANGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxClients() <em>Max Clients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxClients()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_CLIENTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxClients() <em>Max Clients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxClients()
	 * @generated
	 * @ordered
	 */
	protected int maxClients = MAX_CLIENTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getInternalInterface() <em>Internal Interface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInternalInterface()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERNAL_INTERFACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInternalInterface() <em>Internal Interface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInternalInterface()
	 * @generated
	 * @ordered
	 */
	protected String internalInterface = INTERNAL_INTERFACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExternalInterface() <em>External Interface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalInterface()
	 * @generated
	 * @ordered
	 */
	protected static final String EXTERNAL_INTERFACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExternalInterface() <em>External Interface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalInterface()
	 * @generated
	 * @ordered
	 */
	protected String externalInterface = EXTERNAL_INTERFACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPool() <em>Pool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPool()
	 * @generated
	 * @ordered
	 */
	protected static final String POOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPool() <em>Pool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPool()
	 * @generated
	 * @ordered
	 */
	protected String pool = POOL_EDEFAULT;

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
	 * The default value of the '{@link #getExternalInterfaceMtu() <em>External Interface Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalInterfaceMtu()
	 * @generated
	 * @ordered
	 */
	protected static final int EXTERNAL_INTERFACE_MTU_EDEFAULT = 1500;

	/**
	 * The cached value of the '{@link #getExternalInterfaceMtu() <em>External Interface Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalInterfaceMtu()
	 * @generated
	 * @ordered
	 */
	protected int externalInterfaceMtu = EXTERNAL_INTERFACE_MTU_EDEFAULT;

	/**
	 * The default value of the '{@link #getLogLevel() <em>Log Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogLevel()
	 * @generated
	 * @ordered
	 */
	protected static final String LOG_LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLogLevel() <em>Log Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogLevel()
	 * @generated
	 * @ordered
	 */
	protected String logLevel = LOG_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getGatewayLocalPortRange() <em>Gateway Local Port Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGatewayLocalPortRange()
	 * @generated
	 * @ordered
	 */
	protected static final PortRange GATEWAY_LOCAL_PORT_RANGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGatewayLocalPortRange() <em>Gateway Local Port Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGatewayLocalPortRange()
	 * @generated
	 * @ordered
	 */
	protected PortRange gatewayLocalPortRange = GATEWAY_LOCAL_PORT_RANGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getClients() <em>Clients</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClients()
	 * @generated
	 * @ordered
	 */
	protected EList<RsipClient> clients;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RsipServerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EstatePackage.Literals.RSIP_SERVER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getControlPort() {
		return controlPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setControlPort(int newControlPort) {
		int oldControlPort = controlPort;
		controlPort = newControlPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.RSIP_SERVER__CONTROL_PORT, oldControlPort, controlPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TransportProtocol getControlProtocol() {
		return controlProtocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setControlProtocol(TransportProtocol newControlProtocol) {
		TransportProtocol oldControlProtocol = controlProtocol;
		controlProtocol = newControlProtocol == null ? CONTROL_PROTOCOL_EDEFAULT : newControlProtocol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.RSIP_SERVER__CONTROL_PROTOCOL, oldControlProtocol, controlProtocol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PortRange getPortRange() {
		return portRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPortRange(PortRange newPortRange) {
		PortRange oldPortRange = portRange;
		portRange = newPortRange;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.RSIP_SERVER__PORT_RANGE, oldPortRange, portRange));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PortRange getListenRange() {
		return listenRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setListenRange(PortRange newListenRange) {
		PortRange oldListenRange = listenRange;
		listenRange = newListenRange;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.RSIP_SERVER__LISTEN_RANGE, oldListenRange, listenRange));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxClients() {
		return maxClients;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxClients(int newMaxClients) {
		int oldMaxClients = maxClients;
		maxClients = newMaxClients;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.RSIP_SERVER__MAX_CLIENTS, oldMaxClients, maxClients));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInternalInterface() {
		return internalInterface;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInternalInterface(String newInternalInterface) {
		String oldInternalInterface = internalInterface;
		internalInterface = newInternalInterface;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.RSIP_SERVER__INTERNAL_INTERFACE, oldInternalInterface, internalInterface));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExternalInterface() {
		return externalInterface;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExternalInterface(String newExternalInterface) {
		String oldExternalInterface = externalInterface;
		externalInterface = newExternalInterface;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.RSIP_SERVER__EXTERNAL_INTERFACE, oldExternalInterface, externalInterface));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPool() {
		return pool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPool(String newPool) {
		String oldPool = pool;
		pool = newPool;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.RSIP_SERVER__POOL, oldPool, pool));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.RSIP_SERVER__MTU, oldMtu, mtu));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getExternalInterfaceMtu() {
		return externalInterfaceMtu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExternalInterfaceMtu(int newExternalInterfaceMtu) {
		int oldExternalInterfaceMtu = externalInterfaceMtu;
		externalInterfaceMtu = newExternalInterfaceMtu;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.RSIP_SERVER__EXTERNAL_INTERFACE_MTU, oldExternalInterfaceMtu, externalInterfaceMtu));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLogLevel() {
		return logLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogLevel(String newLogLevel) {
		String oldLogLevel = logLevel;
		logLevel = newLogLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.RSIP_SERVER__LOG_LEVEL, oldLogLevel, logLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PortRange getGatewayLocalPortRange() {
		return gatewayLocalPortRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGatewayLocalPortRange(PortRange newGatewayLocalPortRange) {
		PortRange oldGatewayLocalPortRange = gatewayLocalPortRange;
		gatewayLocalPortRange = newGatewayLocalPortRange;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.RSIP_SERVER__GATEWAY_LOCAL_PORT_RANGE, oldGatewayLocalPortRange, gatewayLocalPortRange));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RsipClient> getClients() {
		if (clients == null) {
			clients = new EObjectContainmentEList<RsipClient>(RsipClient.class, this, EstatePackage.RSIP_SERVER__CLIENTS);
		}
		return clients;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EstatePackage.RSIP_SERVER__CLIENTS:
				return ((InternalEList<?>)getClients()).basicRemove(otherEnd, msgs);
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
			case EstatePackage.RSIP_SERVER__CONTROL_PORT:
				return getControlPort();
			case EstatePackage.RSIP_SERVER__CONTROL_PROTOCOL:
				return getControlProtocol();
			case EstatePackage.RSIP_SERVER__PORT_RANGE:
				return getPortRange();
			case EstatePackage.RSIP_SERVER__LISTEN_RANGE:
				return getListenRange();
			case EstatePackage.RSIP_SERVER__MAX_CLIENTS:
				return getMaxClients();
			case EstatePackage.RSIP_SERVER__INTERNAL_INTERFACE:
				return getInternalInterface();
			case EstatePackage.RSIP_SERVER__EXTERNAL_INTERFACE:
				return getExternalInterface();
			case EstatePackage.RSIP_SERVER__POOL:
				return getPool();
			case EstatePackage.RSIP_SERVER__MTU:
				return getMtu();
			case EstatePackage.RSIP_SERVER__EXTERNAL_INTERFACE_MTU:
				return getExternalInterfaceMtu();
			case EstatePackage.RSIP_SERVER__LOG_LEVEL:
				return getLogLevel();
			case EstatePackage.RSIP_SERVER__GATEWAY_LOCAL_PORT_RANGE:
				return getGatewayLocalPortRange();
			case EstatePackage.RSIP_SERVER__CLIENTS:
				return getClients();
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
			case EstatePackage.RSIP_SERVER__CONTROL_PORT:
				setControlPort((Integer)newValue);
				return;
			case EstatePackage.RSIP_SERVER__CONTROL_PROTOCOL:
				setControlProtocol((TransportProtocol)newValue);
				return;
			case EstatePackage.RSIP_SERVER__PORT_RANGE:
				setPortRange((PortRange)newValue);
				return;
			case EstatePackage.RSIP_SERVER__LISTEN_RANGE:
				setListenRange((PortRange)newValue);
				return;
			case EstatePackage.RSIP_SERVER__MAX_CLIENTS:
				setMaxClients((Integer)newValue);
				return;
			case EstatePackage.RSIP_SERVER__INTERNAL_INTERFACE:
				setInternalInterface((String)newValue);
				return;
			case EstatePackage.RSIP_SERVER__EXTERNAL_INTERFACE:
				setExternalInterface((String)newValue);
				return;
			case EstatePackage.RSIP_SERVER__POOL:
				setPool((String)newValue);
				return;
			case EstatePackage.RSIP_SERVER__MTU:
				setMtu((Integer)newValue);
				return;
			case EstatePackage.RSIP_SERVER__EXTERNAL_INTERFACE_MTU:
				setExternalInterfaceMtu((Integer)newValue);
				return;
			case EstatePackage.RSIP_SERVER__LOG_LEVEL:
				setLogLevel((String)newValue);
				return;
			case EstatePackage.RSIP_SERVER__GATEWAY_LOCAL_PORT_RANGE:
				setGatewayLocalPortRange((PortRange)newValue);
				return;
			case EstatePackage.RSIP_SERVER__CLIENTS:
				getClients().clear();
				getClients().addAll((Collection<? extends RsipClient>)newValue);
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
			case EstatePackage.RSIP_SERVER__CONTROL_PORT:
				setControlPort(CONTROL_PORT_EDEFAULT);
				return;
			case EstatePackage.RSIP_SERVER__CONTROL_PROTOCOL:
				setControlProtocol(CONTROL_PROTOCOL_EDEFAULT);
				return;
			case EstatePackage.RSIP_SERVER__PORT_RANGE:
				setPortRange(PORT_RANGE_EDEFAULT);
				return;
			case EstatePackage.RSIP_SERVER__LISTEN_RANGE:
				setListenRange(LISTEN_RANGE_EDEFAULT);
				return;
			case EstatePackage.RSIP_SERVER__MAX_CLIENTS:
				setMaxClients(MAX_CLIENTS_EDEFAULT);
				return;
			case EstatePackage.RSIP_SERVER__INTERNAL_INTERFACE:
				setInternalInterface(INTERNAL_INTERFACE_EDEFAULT);
				return;
			case EstatePackage.RSIP_SERVER__EXTERNAL_INTERFACE:
				setExternalInterface(EXTERNAL_INTERFACE_EDEFAULT);
				return;
			case EstatePackage.RSIP_SERVER__POOL:
				setPool(POOL_EDEFAULT);
				return;
			case EstatePackage.RSIP_SERVER__MTU:
				setMtu(MTU_EDEFAULT);
				return;
			case EstatePackage.RSIP_SERVER__EXTERNAL_INTERFACE_MTU:
				setExternalInterfaceMtu(EXTERNAL_INTERFACE_MTU_EDEFAULT);
				return;
			case EstatePackage.RSIP_SERVER__LOG_LEVEL:
				setLogLevel(LOG_LEVEL_EDEFAULT);
				return;
			case EstatePackage.RSIP_SERVER__GATEWAY_LOCAL_PORT_RANGE:
				setGatewayLocalPortRange(GATEWAY_LOCAL_PORT_RANGE_EDEFAULT);
				return;
			case EstatePackage.RSIP_SERVER__CLIENTS:
				getClients().clear();
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
			case EstatePackage.RSIP_SERVER__CONTROL_PORT:
				return controlPort != CONTROL_PORT_EDEFAULT;
			case EstatePackage.RSIP_SERVER__CONTROL_PROTOCOL:
				return controlProtocol != CONTROL_PROTOCOL_EDEFAULT;
			case EstatePackage.RSIP_SERVER__PORT_RANGE:
				return PORT_RANGE_EDEFAULT == null ? portRange != null : !PORT_RANGE_EDEFAULT.equals(portRange);
			case EstatePackage.RSIP_SERVER__LISTEN_RANGE:
				return LISTEN_RANGE_EDEFAULT == null ? listenRange != null : !LISTEN_RANGE_EDEFAULT.equals(listenRange);
			case EstatePackage.RSIP_SERVER__MAX_CLIENTS:
				return maxClients != MAX_CLIENTS_EDEFAULT;
			case EstatePackage.RSIP_SERVER__INTERNAL_INTERFACE:
				return INTERNAL_INTERFACE_EDEFAULT == null ? internalInterface != null : !INTERNAL_INTERFACE_EDEFAULT.equals(internalInterface);
			case EstatePackage.RSIP_SERVER__EXTERNAL_INTERFACE:
				return EXTERNAL_INTERFACE_EDEFAULT == null ? externalInterface != null : !EXTERNAL_INTERFACE_EDEFAULT.equals(externalInterface);
			case EstatePackage.RSIP_SERVER__POOL:
				return POOL_EDEFAULT == null ? pool != null : !POOL_EDEFAULT.equals(pool);
			case EstatePackage.RSIP_SERVER__MTU:
				return mtu != MTU_EDEFAULT;
			case EstatePackage.RSIP_SERVER__EXTERNAL_INTERFACE_MTU:
				return externalInterfaceMtu != EXTERNAL_INTERFACE_MTU_EDEFAULT;
			case EstatePackage.RSIP_SERVER__LOG_LEVEL:
				return LOG_LEVEL_EDEFAULT == null ? logLevel != null : !LOG_LEVEL_EDEFAULT.equals(logLevel);
			case EstatePackage.RSIP_SERVER__GATEWAY_LOCAL_PORT_RANGE:
				return GATEWAY_LOCAL_PORT_RANGE_EDEFAULT == null ? gatewayLocalPortRange != null : !GATEWAY_LOCAL_PORT_RANGE_EDEFAULT.equals(gatewayLocalPortRange);
			case EstatePackage.RSIP_SERVER__CLIENTS:
				return clients != null && !clients.isEmpty();
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
		result.append(" (controlPort: ");
		result.append(controlPort);
		result.append(", controlProtocol: ");
		result.append(controlProtocol);
		result.append(", portRange: ");
		result.append(portRange);
		result.append(", listenRange: ");
		result.append(listenRange);
		result.append(", maxClients: ");
		result.append(maxClients);
		result.append(", internalInterface: ");
		result.append(internalInterface);
		result.append(", externalInterface: ");
		result.append(externalInterface);
		result.append(", pool: ");
		result.append(pool);
		result.append(", mtu: ");
		result.append(mtu);
		result.append(", externalInterfaceMtu: ");
		result.append(externalInterfaceMtu);
		result.append(", logLevel: ");
		result.append(logLevel);
		result.append(", gatewayLocalPortRange: ");
		result.append(gatewayLocalPortRange);
		result.append(')');
		return result.toString();
	}

} //RsipServerImpl
