/**
 */
package io.patchbay.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rsip Client</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An inner host that registers with an RSIP server.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.RsipClient#getHostAddress <em>Host Address</em>}</li>
 *   <li>{@link io.patchbay.model.RsipClient#getMode <em>Mode</em>}</li>
 *   <li>{@link io.patchbay.model.RsipClient#getTunnel <em>Tunnel</em>}</li>
 *   <li>{@link io.patchbay.model.RsipClient#getMtu <em>Mtu</em>}</li>
 *   <li>{@link io.patchbay.model.RsipClient#getBinds <em>Binds</em>}</li>
 * </ul>
 *
 * @see io.patchbay.model.EstatePackage#getRsipClient()
 * @model
 * @generated
 */
public interface RsipClient extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Host Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host Address</em>' attribute.
	 * @see #setHostAddress(String)
	 * @see io.patchbay.model.EstatePackage#getRsipClient_HostAddress()
	 * @model
	 * @generated
	 */
	String getHostAddress();

	/**
	 * Sets the value of the '{@link io.patchbay.model.RsipClient#getHostAddress <em>Host Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Address</em>' attribute.
	 * @see #getHostAddress()
	 * @generated
	 */
	void setHostAddress(String value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link io.patchbay.model.RsipMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see io.patchbay.model.RsipMode
	 * @see #setMode(RsipMode)
	 * @see io.patchbay.model.EstatePackage#getRsipClient_Mode()
	 * @model
	 * @generated
	 */
	RsipMode getMode();

	/**
	 * Sets the value of the '{@link io.patchbay.model.RsipClient#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see io.patchbay.model.RsipMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(RsipMode value);

	/**
	 * Returns the value of the '<em><b>Tunnel</b></em>' attribute.
	 * The literals are from the enumeration {@link io.patchbay.model.RsipTunnel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tunnel</em>' attribute.
	 * @see io.patchbay.model.RsipTunnel
	 * @see #setTunnel(RsipTunnel)
	 * @see io.patchbay.model.EstatePackage#getRsipClient_Tunnel()
	 * @model
	 * @generated
	 */
	RsipTunnel getTunnel();

	/**
	 * Sets the value of the '{@link io.patchbay.model.RsipClient#getTunnel <em>Tunnel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tunnel</em>' attribute.
	 * @see io.patchbay.model.RsipTunnel
	 * @see #getTunnel()
	 * @generated
	 */
	void setTunnel(RsipTunnel value);

	/**
	 * Returns the value of the '<em><b>Mtu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MTU of the client end of the tunnel (F-54). 0 = not configured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mtu</em>' attribute.
	 * @see #setMtu(int)
	 * @see io.patchbay.model.EstatePackage#getRsipClient_Mtu()
	 * @model
	 * @generated
	 */
	int getMtu();

	/**
	 * Sets the value of the '{@link io.patchbay.model.RsipClient#getMtu <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mtu</em>' attribute.
	 * @see #getMtu()
	 * @generated
	 */
	void setMtu(int value);

	/**
	 * Returns the value of the '<em><b>Binds</b></em>' containment reference list.
	 * The list contents are of type {@link io.patchbay.model.RsipBind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Binds</em>' containment reference list.
	 * @see io.patchbay.model.EstatePackage#getRsipClient_Binds()
	 * @model containment="true"
	 * @generated
	 */
	EList<RsipBind> getBinds();

} // RsipClient
