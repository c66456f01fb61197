/**
 */
package io.patchbay.model.impl;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.PortForwardingRule;
import io.patchbay.model.PortRange;
import io.patchbay.model.TransportProtocol;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Port Forwarding Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.impl.PortForwardingRuleImpl#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link io.patchbay.model.impl.PortForwardingRuleImpl#getExternalPorts <em>External Ports</em>}</li>
 *   <li>{@link io.patchbay.model.impl.PortForwardingRuleImpl#getInternalPorts <em>Internal Ports</em>}</li>
 *   <li>{@link io.patchbay.model.impl.PortForwardingRuleImpl#getInternalHost <em>Internal Host</em>}</li>
 *   <li>{@link io.patchbay.model.impl.PortForwardingRuleImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link io.patchbay.model.impl.PortForwardingRuleImpl#isEnabled <em>Enabled</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PortForwardingRuleImpl extends EObjectImpl implements PortForwardingRule {
	/**
	 * The default value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected static final TransportProtocol PROTOCOL_EDEFAULT = TransportProtocol.TCP;

	/**
	 * The cached value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected TransportProtocol protocol = PROTOCOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getExternalPorts() <em>External Ports</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalPorts()
	 * @generated
	 * @ordered
	 */
	protected static final PortRange EXTERNAL_PORTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExternalPorts() <em>External Ports</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalPorts()
	 * @generated
	 * @ordered
	 */
	protected PortRange externalPorts = EXTERNAL_PORTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getInternalPorts() <em>Internal Ports</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInternalPorts()
	 * @generated
	 * @ordered
	 */
	protected static final PortRange INTERNAL_PORTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInternalPorts() <em>Internal Ports</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInternalPorts()
	 * @generated
	 * @ordered
	 */
	protected PortRange internalPorts = INTERNAL_PORTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getInternalHost() <em>Internal Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInternalHost()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERNAL_HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInternalHost() <em>Internal Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInternalHost()
	 * @generated
	 * @ordered
	 */
	protected String internalHost = INTERNAL_HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PortForwardingRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EstatePackage.Literals.PORT_FORWARDING_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TransportProtocol getProtocol() {
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocol(TransportProtocol newProtocol) {
		TransportProtocol oldProtocol = protocol;
		protocol = newProtocol == null ? PROTOCOL_EDEFAULT : newProtocol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.PORT_FORWARDING_RULE__PROTOCOL, oldProtocol, protocol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PortRange getExternalPorts() {
		return externalPorts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExternalPorts(PortRange newExternalPorts) {
		PortRange oldExternalPorts = externalPorts;
		externalPorts = newExternalPorts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.PORT_FORWARDING_RULE__EXTERNAL_PORTS, oldExternalPorts, externalPorts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PortRange getInternalPorts() {
		return internalPorts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInternalPorts(PortRange newInternalPorts) {
		PortRange oldInternalPorts = internalPorts;
		internalPorts = newInternalPorts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.PORT_FORWARDING_RULE__INTERNAL_PORTS, oldInternalPorts, internalPorts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInternalHost() {
		return internalHost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInternalHost(String newInternalHost) {
		String oldInternalHost = internalHost;
		internalHost = newInternalHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.PORT_FORWARDING_RULE__INTERNAL_HOST, oldInternalHost, internalHost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.PORT_FORWARDING_RULE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.PORT_FORWARDING_RULE__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EstatePackage.PORT_FORWARDING_RULE__PROTOCOL:
				return getProtocol();
			case EstatePackage.PORT_FORWARDING_RULE__EXTERNAL_PORTS:
				return getExternalPorts();
			case EstatePackage.PORT_FORWARDING_RULE__INTERNAL_PORTS:
				return getInternalPorts();
			case EstatePackage.PORT_FORWARDING_RULE__INTERNAL_HOST:
				return getInternalHost();
			case EstatePackage.PORT_FORWARDING_RULE__DESCRIPTION:
				return getDescription();
			case EstatePackage.PORT_FORWARDING_RULE__ENABLED:
				return isEnabled();
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
			case EstatePackage.PORT_FORWARDING_RULE__PROTOCOL:
				setProtocol((TransportProtocol)newValue);
				return;
			case EstatePackage.PORT_FORWARDING_RULE__EXTERNAL_PORTS:
				setExternalPorts((PortRange)newValue);
				return;
			case EstatePackage.PORT_FORWARDING_RULE__INTERNAL_PORTS:
				setInternalPorts((PortRange)newValue);
				return;
			case EstatePackage.PORT_FORWARDING_RULE__INTERNAL_HOST:
				setInternalHost((String)newValue);
				return;
			case EstatePackage.PORT_FORWARDING_RULE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case EstatePackage.PORT_FORWARDING_RULE__ENABLED:
				setEnabled((Boolean)newValue);
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
			case EstatePackage.PORT_FORWARDING_RULE__PROTOCOL:
				setProtocol(PROTOCOL_EDEFAULT);
				return;
			case EstatePackage.PORT_FORWARDING_RULE__EXTERNAL_PORTS:
				setExternalPorts(EXTERNAL_PORTS_EDEFAULT);
				return;
			case EstatePackage.PORT_FORWARDING_RULE__INTERNAL_PORTS:
				setInternalPorts(INTERNAL_PORTS_EDEFAULT);
				return;
			case EstatePackage.PORT_FORWARDING_RULE__INTERNAL_HOST:
				setInternalHost(INTERNAL_HOST_EDEFAULT);
				return;
			case EstatePackage.PORT_FORWARDING_RULE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case EstatePackage.PORT_FORWARDING_RULE__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
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
			case EstatePackage.PORT_FORWARDING_RULE__PROTOCOL:
				return protocol != PROTOCOL_EDEFAULT;
			case EstatePackage.PORT_FORWARDING_RULE__EXTERNAL_PORTS:
				return EXTERNAL_PORTS_EDEFAULT == null ? externalPorts != null : !EXTERNAL_PORTS_EDEFAULT.equals(externalPorts);
			case EstatePackage.PORT_FORWARDING_RULE__INTERNAL_PORTS:
				return INTERNAL_PORTS_EDEFAULT == null ? internalPorts != null : !INTERNAL_PORTS_EDEFAULT.equals(internalPorts);
			case EstatePackage.PORT_FORWARDING_RULE__INTERNAL_HOST:
				return INTERNAL_HOST_EDEFAULT == null ? internalHost != null : !INTERNAL_HOST_EDEFAULT.equals(internalHost);
			case EstatePackage.PORT_FORWARDING_RULE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case EstatePackage.PORT_FORWARDING_RULE__ENABLED:
				return enabled != ENABLED_EDEFAULT;
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
		result.append(" (protocol: ");
		result.append(protocol);
		result.append(", externalPorts: ");
		result.append(externalPorts);
		result.append(", internalPorts: ");
		result.append(internalPorts);
		result.append(", internalHost: ");
		result.append(internalHost);
		result.append(", description: ");
		result.append(description);
		result.append(", enabled: ");
		result.append(enabled);
		result.append(')');
		return result.toString();
	}

} //PortForwardingRuleImpl
