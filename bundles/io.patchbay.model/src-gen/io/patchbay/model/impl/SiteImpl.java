/**
 */
package io.patchbay.model.impl;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Router;
import io.patchbay.model.RsipServer;
import io.patchbay.model.Site;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.impl.SiteImpl#getSystems <em>Systems</em>}</li>
 *   <li>{@link io.patchbay.model.impl.SiteImpl#getRouters <em>Routers</em>}</li>
 *   <li>{@link io.patchbay.model.impl.SiteImpl#getRsipServers <em>Rsip Servers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SiteImpl extends NamedElementImpl implements Site {
	/**
	 * The cached value of the '{@link #getSystems() <em>Systems</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystems()
	 * @generated
	 * @ordered
	 */
	protected EList<OsbizSystem> systems;

	/**
	 * The cached value of the '{@link #getRouters() <em>Routers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRouters()
	 * @generated
	 * @ordered
	 */
	protected EList<Router> routers;

	/**
	 * The cached value of the '{@link #getRsipServers() <em>Rsip Servers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRsipServers()
	 * @generated
	 * @ordered
	 */
	protected EList<RsipServer> rsipServers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SiteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EstatePackage.Literals.SITE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OsbizSystem> getSystems() {
		if (systems == null) {
			systems = new EObjectContainmentEList<OsbizSystem>(OsbizSystem.class, this, EstatePackage.SITE__SYSTEMS);
		}
		return systems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Router> getRouters() {
		if (routers == null) {
			routers = new EObjectContainmentEList<Router>(Router.class, this, EstatePackage.SITE__ROUTERS);
		}
		return routers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RsipServer> getRsipServers() {
		if (rsipServers == null) {
			rsipServers = new EObjectContainmentEList<RsipServer>(RsipServer.class, this, EstatePackage.SITE__RSIP_SERVERS);
		}
		return rsipServers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EstatePackage.SITE__SYSTEMS:
				return ((InternalEList<?>)getSystems()).basicRemove(otherEnd, msgs);
			case EstatePackage.SITE__ROUTERS:
				return ((InternalEList<?>)getRouters()).basicRemove(otherEnd, msgs);
			case EstatePackage.SITE__RSIP_SERVERS:
				return ((InternalEList<?>)getRsipServers()).basicRemove(otherEnd, msgs);
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
			case EstatePackage.SITE__SYSTEMS:
				return getSystems();
			case EstatePackage.SITE__ROUTERS:
				return getRouters();
			case EstatePackage.SITE__RSIP_SERVERS:
				return getRsipServers();
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
			case EstatePackage.SITE__SYSTEMS:
				getSystems().clear();
				getSystems().addAll((Collection<? extends OsbizSystem>)newValue);
				return;
			case EstatePackage.SITE__ROUTERS:
				getRouters().clear();
				getRouters().addAll((Collection<? extends Router>)newValue);
				return;
			case EstatePackage.SITE__RSIP_SERVERS:
				getRsipServers().clear();
				getRsipServers().addAll((Collection<? extends RsipServer>)newValue);
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
			case EstatePackage.SITE__SYSTEMS:
				getSystems().clear();
				return;
			case EstatePackage.SITE__ROUTERS:
				getRouters().clear();
				return;
			case EstatePackage.SITE__RSIP_SERVERS:
				getRsipServers().clear();
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
			case EstatePackage.SITE__SYSTEMS:
				return systems != null && !systems.isEmpty();
			case EstatePackage.SITE__ROUTERS:
				return routers != null && !routers.isEmpty();
			case EstatePackage.SITE__RSIP_SERVERS:
				return rsipServers != null && !rsipServers.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //SiteImpl
