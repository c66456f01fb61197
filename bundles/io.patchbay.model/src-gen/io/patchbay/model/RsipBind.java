/**
 */
package io.patchbay.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rsip Bind</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A port bind a client is expected to hold (F-53).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.RsipBind#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link io.patchbay.model.RsipBind#getPorts <em>Ports</em>}</li>
 *   <li>{@link io.patchbay.model.RsipBind#isListen <em>Listen</em>}</li>
 * </ul>
 *
 * @see io.patchbay.model.EstatePackage#getRsipBind()
 * @model
 * @generated
 */
public interface RsipBind extends EObject {
	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * The literals are from the enumeration {@link io.patchbay.model.TransportProtocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see io.patchbay.model.TransportProtocol
	 * @see #setProtocol(TransportProtocol)
	 * @see io.patchbay.model.EstatePackage#getRsipBind_Protocol()
	 * @model
	 * @generated
	 */
	TransportProtocol getProtocol();

	/**
	 * Sets the value of the '{@link io.patchbay.model.RsipBind#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see io.patchbay.model.TransportProtocol
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(TransportProtocol value);

	/**
	 * Returns the value of the '<em><b>Ports</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ports</em>' attribute.
	 * @see #setPorts(PortRange)
	 * @see io.patchbay.model.EstatePackage#getRsipBind_Ports()
	 * @model dataType="io.patchbay.model.PortRange"
	 * @generated
	 */
	PortRange getPorts();

	/**
	 * Sets the value of the '{@link io.patchbay.model.RsipBind#getPorts <em>Ports</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ports</em>' attribute.
	 * @see #getPorts()
	 * @generated
	 */
	void setPorts(PortRange value);

	/**
	 * Returns the value of the '<em><b>Listen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A LISTEN bind (taken from LISTEN_RANGE) rather than an ordinary one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Listen</em>' attribute.
	 * @see #setListen(boolean)
	 * @see io.patchbay.model.EstatePackage#getRsipBind_Listen()
	 * @model
	 * @generated
	 */
	boolean isListen();

	/**
	 * Sets the value of the '{@link io.patchbay.model.RsipBind#isListen <em>Listen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Listen</em>' attribute.
	 * @see #isListen()
	 * @generated
	 */
	void setListen(boolean value);

} // RsipBind
