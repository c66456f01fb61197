/**
 */
package io.patchbay.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rsip Server</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An RSIP gateway (RFC 3102/3103) and its rsipd.conf (F-50 to F-56).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.RsipServer#getControlPort <em>Control Port</em>}</li>
 *   <li>{@link io.patchbay.model.RsipServer#getControlProtocol <em>Control Protocol</em>}</li>
 *   <li>{@link io.patchbay.model.RsipServer#getPortRange <em>Port Range</em>}</li>
 *   <li>{@link io.patchbay.model.RsipServer#getListenRange <em>Listen Range</em>}</li>
 *   <li>{@link io.patchbay.model.RsipServer#getMaxClients <em>Max Clients</em>}</li>
 *   <li>{@link io.patchbay.model.RsipServer#getInternalInterface <em>Internal Interface</em>}</li>
 *   <li>{@link io.patchbay.model.RsipServer#getExternalInterface <em>External Interface</em>}</li>
 *   <li>{@link io.patchbay.model.RsipServer#getPool <em>Pool</em>}</li>
 *   <li>{@link io.patchbay.model.RsipServer#getMtu <em>Mtu</em>}</li>
 *   <li>{@link io.patchbay.model.RsipServer#getExternalInterfaceMtu <em>External Interface Mtu</em>}</li>
 *   <li>{@link io.patchbay.model.RsipServer#getLogLevel <em>Log Level</em>}</li>
 *   <li>{@link io.patchbay.model.RsipServer#getGatewayLocalPortRange <em>Gateway Local Port Range</em>}</li>
 *   <li>{@link io.patchbay.model.RsipServer#getClients <em>Clients</em>}</li>
 * </ul>
 *
 * @see io.patchbay.model.EstatePackage#getRsipServer()
 * @model
 * @generated
 */
public interface RsipServer extends ManagedDevice {
	/**
	 * Returns the value of the '<em><b>Control Port</b></em>' attribute.
	 * The default value is <code>"4555"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Control Port</em>' attribute.
	 * @see #setControlPort(int)
	 * @see io.patchbay.model.EstatePackage#getRsipServer_ControlPort()
	 * @model default="4555"
	 * @generated
	 */
	int getControlPort();

	/**
	 * Sets the value of the '{@link io.patchbay.model.RsipServer#getControlPort <em>Control Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Control Port</em>' attribute.
	 * @see #getControlPort()
	 * @generated
	 */
	void setControlPort(int value);

	/**
	 * Returns the value of the '<em><b>Control Protocol</b></em>' attribute.
	 * The literals are from the enumeration {@link io.patchbay.model.TransportProtocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Control Protocol</em>' attribute.
	 * @see io.patchbay.model.TransportProtocol
	 * @see #setControlProtocol(TransportProtocol)
	 * @see io.patchbay.model.EstatePackage#getRsipServer_ControlProtocol()
	 * @model
	 * @generated
	 */
	TransportProtocol getControlProtocol();

	/**
	 * Sets the value of the '{@link io.patchbay.model.RsipServer#getControlProtocol <em>Control Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Control Protocol</em>' attribute.
	 * @see io.patchbay.model.TransportProtocol
	 * @see #getControlProtocol()
	 * @generated
	 */
	void setControlProtocol(TransportProtocol value);

	/**
	 * Returns the value of the '<em><b>Port Range</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PORT_RANGE: ports for clients' ordinary sockets; must not overlap gatewayLocalPortRange (F-52).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Port Range</em>' attribute.
	 * @see #setPortRange(PortRange)
	 * @see io.patchbay.model.EstatePackage#getRsipServer_PortRange()
	 * @model dataType="io.patchbay.model.PortRange"
	 * @generated
	 */
	PortRange getPortRange();

	/**
	 * Sets the value of the '{@link io.patchbay.model.RsipServer#getPortRange <em>Port Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port Range</em>' attribute.
	 * @see #getPortRange()
	 * @generated
	 */
	void setPortRange(PortRange value);

	/**
	 * Returns the value of the '<em><b>Listen Range</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * LISTEN_RANGE: well-known ports for servers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Listen Range</em>' attribute.
	 * @see #setListenRange(PortRange)
	 * @see io.patchbay.model.EstatePackage#getRsipServer_ListenRange()
	 * @model dataType="io.patchbay.model.PortRange"
	 * @generated
	 */
	PortRange getListenRange();

	/**
	 * Sets the value of the '{@link io.patchbay.model.RsipServer#getListenRange <em>Listen Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Listen Range</em>' attribute.
	 * @see #getListenRange()
	 * @generated
	 */
	void setListenRange(PortRange value);

	/**
	 * Returns the value of the '<em><b>Max Clients</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MAX_CLIENTS; 0 with one public address means at most 5 clients (F-51).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Clients</em>' attribute.
	 * @see #setMaxClients(int)
	 * @see io.patchbay.model.EstatePackage#getRsipServer_MaxClients()
	 * @model
	 * @generated
	 */
	int getMaxClients();

	/**
	 * Sets the value of the '{@link io.patchbay.model.RsipServer#getMaxClients <em>Max Clients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Clients</em>' attribute.
	 * @see #getMaxClients()
	 * @generated
	 */
	void setMaxClients(int value);

	/**
	 * Returns the value of the '<em><b>Internal Interface</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * INT_IF; only clients on this interface may register.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Internal Interface</em>' attribute.
	 * @see #setInternalInterface(String)
	 * @see io.patchbay.model.EstatePackage#getRsipServer_InternalInterface()
	 * @model
	 * @generated
	 */
	String getInternalInterface();

	/**
	 * Sets the value of the '{@link io.patchbay.model.RsipServer#getInternalInterface <em>Internal Interface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Internal Interface</em>' attribute.
	 * @see #getInternalInterface()
	 * @generated
	 */
	void setInternalInterface(String value);

	/**
	 * Returns the value of the '<em><b>External Interface</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EXT_IF.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External Interface</em>' attribute.
	 * @see #setExternalInterface(String)
	 * @see io.patchbay.model.EstatePackage#getRsipServer_ExternalInterface()
	 * @model
	 * @generated
	 */
	String getExternalInterface();

	/**
	 * Sets the value of the '{@link io.patchbay.model.RsipServer#getExternalInterface <em>External Interface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External Interface</em>' attribute.
	 * @see #getExternalInterface()
	 * @generated
	 */
	void setExternalInterface(String value);

	/**
	 * Returns the value of the '<em><b>Pool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * POOL: the external addresses leased to clients.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pool</em>' attribute.
	 * @see #setPool(String)
	 * @see io.patchbay.model.EstatePackage#getRsipServer_Pool()
	 * @model
	 * @generated
	 */
	String getPool();

	/**
	 * Sets the value of the '{@link io.patchbay.model.RsipServer#getPool <em>Pool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pool</em>' attribute.
	 * @see #getPool()
	 * @generated
	 */
	void setPool(String value);

	/**
	 * Returns the value of the '<em><b>Mtu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MTU: the server end of the tunnel; below externalInterfaceMtu and above every client's MTU (F-54). 0 = not configured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mtu</em>' attribute.
	 * @see #setMtu(int)
	 * @see io.patchbay.model.EstatePackage#getRsipServer_Mtu()
	 * @model
	 * @generated
	 */
	int getMtu();

	/**
	 * Sets the value of the '{@link io.patchbay.model.RsipServer#getMtu <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mtu</em>' attribute.
	 * @see #getMtu()
	 * @generated
	 */
	void setMtu(int value);

	/**
	 * Returns the value of the '<em><b>External Interface Mtu</b></em>' attribute.
	 * The default value is <code>"1500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>External Interface Mtu</em>' attribute.
	 * @see #setExternalInterfaceMtu(int)
	 * @see io.patchbay.model.EstatePackage#getRsipServer_ExternalInterfaceMtu()
	 * @model default="1500"
	 * @generated
	 */
	int getExternalInterfaceMtu();

	/**
	 * Sets the value of the '{@link io.patchbay.model.RsipServer#getExternalInterfaceMtu <em>External Interface Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External Interface Mtu</em>' attribute.
	 * @see #getExternalInterfaceMtu()
	 * @generated
	 */
	void setExternalInterfaceMtu(int value);

	/**
	 * Returns the value of the '<em><b>Log Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * LOG_LEVEL as written in rsipd.conf.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Log Level</em>' attribute.
	 * @see #setLogLevel(String)
	 * @see io.patchbay.model.EstatePackage#getRsipServer_LogLevel()
	 * @model
	 * @generated
	 */
	String getLogLevel();

	/**
	 * Sets the value of the '{@link io.patchbay.model.RsipServer#getLogLevel <em>Log Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Log Level</em>' attribute.
	 * @see #getLogLevel()
	 * @generated
	 */
	void setLogLevel(String value);

	/**
	 * Returns the value of the '<em><b>Gateway Local Port Range</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The gateway's own ip_local_port_range (F-52).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gateway Local Port Range</em>' attribute.
	 * @see #setGatewayLocalPortRange(PortRange)
	 * @see io.patchbay.model.EstatePackage#getRsipServer_GatewayLocalPortRange()
	 * @model dataType="io.patchbay.model.PortRange"
	 * @generated
	 */
	PortRange getGatewayLocalPortRange();

	/**
	 * Sets the value of the '{@link io.patchbay.model.RsipServer#getGatewayLocalPortRange <em>Gateway Local Port Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gateway Local Port Range</em>' attribute.
	 * @see #getGatewayLocalPortRange()
	 * @generated
	 */
	void setGatewayLocalPortRange(PortRange value);

	/**
	 * Returns the value of the '<em><b>Clients</b></em>' containment reference list.
	 * The list contents are of type {@link io.patchbay.model.RsipClient}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clients</em>' containment reference list.
	 * @see io.patchbay.model.EstatePackage#getRsipServer_Clients()
	 * @model containment="true"
	 * @generated
	 */
	EList<RsipClient> getClients();

} // RsipServer
