/**
 */
package io.patchbay.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Port Forwarding Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One line of a router's port-forwarding table (external to internal, F-10, F-23).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.PortForwardingRule#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link io.patchbay.model.PortForwardingRule#getExternalPorts <em>External Ports</em>}</li>
 *   <li>{@link io.patchbay.model.PortForwardingRule#getInternalPorts <em>Internal Ports</em>}</li>
 *   <li>{@link io.patchbay.model.PortForwardingRule#getInternalHost <em>Internal Host</em>}</li>
 *   <li>{@link io.patchbay.model.PortForwardingRule#getDescription <em>Description</em>}</li>
 *   <li>{@link io.patchbay.model.PortForwardingRule#isEnabled <em>Enabled</em>}</li>
 * </ul>
 *
 * @see io.patchbay.model.EstatePackage#getPortForwardingRule()
 * @model
 * @generated
 */
public interface PortForwardingRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * The literals are from the enumeration {@link io.patchbay.model.TransportProtocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see io.patchbay.model.TransportProtocol
	 * @see #setProtocol(TransportProtocol)
	 * @see io.patchbay.model.EstatePackage#getPortForwardingRule_Protocol()
	 * @model
	 * @generated
	 */
	TransportProtocol getProtocol();

	/**
	 * Sets the value of the '{@link io.patchbay.model.PortForwardingRule#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see io.patchbay.model.TransportProtocol
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(TransportProtocol value);

	/**
	 * Returns the value of the '<em><b>External Ports</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>External Ports</em>' attribute.
	 * @see #setExternalPorts(PortRange)
	 * @see io.patchbay.model.EstatePackage#getPortForwardingRule_ExternalPorts()
	 * @model dataType="io.patchbay.model.PortRange"
	 * @generated
	 */
	PortRange getExternalPorts();

	/**
	 * Sets the value of the '{@link io.patchbay.model.PortForwardingRule#getExternalPorts <em>External Ports</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External Ports</em>' attribute.
	 * @see #getExternalPorts()
	 * @generated
	 */
	void setExternalPorts(PortRange value);

	/**
	 * Returns the value of the '<em><b>Internal Ports</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Internal Ports</em>' attribute.
	 * @see #setInternalPorts(PortRange)
	 * @see io.patchbay.model.EstatePackage#getPortForwardingRule_InternalPorts()
	 * @model dataType="io.patchbay.model.PortRange"
	 * @generated
	 */
	PortRange getInternalPorts();

	/**
	 * Sets the value of the '{@link io.patchbay.model.PortForwardingRule#getInternalPorts <em>Internal Ports</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Internal Ports</em>' attribute.
	 * @see #getInternalPorts()
	 * @generated
	 */
	void setInternalPorts(PortRange value);

	/**
	 * Returns the value of the '<em><b>Internal Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Internal Host</em>' attribute.
	 * @see #setInternalHost(String)
	 * @see io.patchbay.model.EstatePackage#getPortForwardingRule_InternalHost()
	 * @model
	 * @generated
	 */
	String getInternalHost();

	/**
	 * Sets the value of the '{@link io.patchbay.model.PortForwardingRule#getInternalHost <em>Internal Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Internal Host</em>' attribute.
	 * @see #getInternalHost()
	 * @generated
	 */
	void setInternalHost(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.patchbay.model.EstatePackage#getPortForwardingRule_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.patchbay.model.PortForwardingRule#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see io.patchbay.model.EstatePackage#getPortForwardingRule_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link io.patchbay.model.PortForwardingRule#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

} // PortForwardingRule
