/**
 */
package io.patchbay.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Outbound Allowance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A destination that a router with outbound filtering lets through (F-41).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.OutboundAllowance#getHost <em>Host</em>}</li>
 *   <li>{@link io.patchbay.model.OutboundAllowance#getPort <em>Port</em>}</li>
 *   <li>{@link io.patchbay.model.OutboundAllowance#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link io.patchbay.model.OutboundAllowance#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see io.patchbay.model.EstatePackage#getOutboundAllowance()
 * @model
 * @generated
 */
public interface OutboundAllowance extends EObject {
	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IPv4 address or DNS name of the destination.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see io.patchbay.model.EstatePackage#getOutboundAllowance_Host()
	 * @model
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OutboundAllowance#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * The default value is <code>"443"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(int)
	 * @see io.patchbay.model.EstatePackage#getOutboundAllowance_Port()
	 * @model default="443"
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OutboundAllowance#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(int value);

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * The literals are from the enumeration {@link io.patchbay.model.TransportProtocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see io.patchbay.model.TransportProtocol
	 * @see #setProtocol(TransportProtocol)
	 * @see io.patchbay.model.EstatePackage#getOutboundAllowance_Protocol()
	 * @model
	 * @generated
	 */
	TransportProtocol getProtocol();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OutboundAllowance#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see io.patchbay.model.TransportProtocol
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(TransportProtocol value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.patchbay.model.EstatePackage#getOutboundAllowance_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.patchbay.model.OutboundAllowance#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // OutboundAllowance
