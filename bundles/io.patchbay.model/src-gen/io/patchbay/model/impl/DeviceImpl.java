/**
 */
package io.patchbay.model.impl;

import io.patchbay.model.Device;
import io.patchbay.model.DeviceModel;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.HomeRouter;
import io.patchbay.model.Place;
import io.patchbay.model.Station;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.impl.DeviceImpl#getModel <em>Model</em>}</li>
 *   <li>{@link io.patchbay.model.impl.DeviceImpl#getFirmware <em>Firmware</em>}</li>
 *   <li>{@link io.patchbay.model.impl.DeviceImpl#getMac <em>Mac</em>}</li>
 *   <li>{@link io.patchbay.model.impl.DeviceImpl#getPlace <em>Place</em>}</li>
 *   <li>{@link io.patchbay.model.impl.DeviceImpl#getStation <em>Station</em>}</li>
 *   <li>{@link io.patchbay.model.impl.DeviceImpl#getHomeRouter <em>Home Router</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceImpl extends NamedElementImpl implements Device {
	/**
	 * The default value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected static final DeviceModel MODEL_EDEFAULT = DeviceModel.OTHER;

	/**
	 * The cached value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected DeviceModel model = MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirmware() <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmware()
	 * @generated
	 * @ordered
	 */
	protected static final String FIRMWARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirmware() <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmware()
	 * @generated
	 * @ordered
	 */
	protected String firmware = FIRMWARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMac() <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMac()
	 * @generated
	 * @ordered
	 */
	protected static final String MAC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMac() <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMac()
	 * @generated
	 * @ordered
	 */
	protected String mac = MAC_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected static final Place PLACE_EDEFAULT = Place.OFFICE;

	/**
	 * The cached value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected Place place = PLACE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStation() <em>Station</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStation()
	 * @generated
	 * @ordered
	 */
	protected Station station;

	/**
	 * The cached value of the '{@link #getHomeRouter() <em>Home Router</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHomeRouter()
	 * @generated
	 * @ordered
	 */
	protected HomeRouter homeRouter;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EstatePackage.Literals.DEVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceModel getModel() {
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModel(DeviceModel newModel) {
		DeviceModel oldModel = model;
		model = newModel == null ? MODEL_EDEFAULT : newModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.DEVICE__MODEL, oldModel, model));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFirmware() {
		return firmware;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirmware(String newFirmware) {
		String oldFirmware = firmware;
		firmware = newFirmware;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.DEVICE__FIRMWARE, oldFirmware, firmware));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMac() {
		return mac;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMac(String newMac) {
		String oldMac = mac;
		mac = newMac;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.DEVICE__MAC, oldMac, mac));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Place getPlace() {
		return place;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlace(Place newPlace) {
		Place oldPlace = place;
		place = newPlace == null ? PLACE_EDEFAULT : newPlace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.DEVICE__PLACE, oldPlace, place));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Station getStation() {
		if (station != null && station.eIsProxy()) {
			InternalEObject oldStation = (InternalEObject)station;
			station = (Station)eResolveProxy(oldStation);
			if (station != oldStation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EstatePackage.DEVICE__STATION, oldStation, station));
			}
		}
		return station;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Station basicGetStation() {
		return station;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStation(Station newStation) {
		Station oldStation = station;
		station = newStation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.DEVICE__STATION, oldStation, station));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HomeRouter getHomeRouter() {
		if (homeRouter != null && homeRouter.eIsProxy()) {
			InternalEObject oldHomeRouter = (InternalEObject)homeRouter;
			homeRouter = (HomeRouter)eResolveProxy(oldHomeRouter);
			if (homeRouter != oldHomeRouter) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EstatePackage.DEVICE__HOME_ROUTER, oldHomeRouter, homeRouter));
			}
		}
		return homeRouter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HomeRouter basicGetHomeRouter() {
		return homeRouter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHomeRouter(HomeRouter newHomeRouter) {
		HomeRouter oldHomeRouter = homeRouter;
		homeRouter = newHomeRouter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.DEVICE__HOME_ROUTER, oldHomeRouter, homeRouter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EstatePackage.DEVICE__MODEL:
				return getModel();
			case EstatePackage.DEVICE__FIRMWARE:
				return getFirmware();
			case EstatePackage.DEVICE__MAC:
				return getMac();
			case EstatePackage.DEVICE__PLACE:
				return getPlace();
			case EstatePackage.DEVICE__STATION:
				if (resolve) return getStation();
				return basicGetStation();
			case EstatePackage.DEVICE__HOME_ROUTER:
				if (resolve) return getHomeRouter();
				return basicGetHomeRouter();
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
			case EstatePackage.DEVICE__MODEL:
				setModel((DeviceModel)newValue);
				return;
			case EstatePackage.DEVICE__FIRMWARE:
				setFirmware((String)newValue);
				return;
			case EstatePackage.DEVICE__MAC:
				setMac((String)newValue);
				return;
			case EstatePackage.DEVICE__PLACE:
				setPlace((Place)newValue);
				return;
			case EstatePackage.DEVICE__STATION:
				setStation((Station)newValue);
				return;
			case EstatePackage.DEVICE__HOME_ROUTER:
				setHomeRouter((HomeRouter)newValue);
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
			case EstatePackage.DEVICE__MODEL:
				setModel(MODEL_EDEFAULT);
				return;
			case EstatePackage.DEVICE__FIRMWARE:
				setFirmware(FIRMWARE_EDEFAULT);
				return;
			case EstatePackage.DEVICE__MAC:
				setMac(MAC_EDEFAULT);
				return;
			case EstatePackage.DEVICE__PLACE:
				setPlace(PLACE_EDEFAULT);
				return;
			case EstatePackage.DEVICE__STATION:
				setStation((Station)null);
				return;
			case EstatePackage.DEVICE__HOME_ROUTER:
				setHomeRouter((HomeRouter)null);
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
			case EstatePackage.DEVICE__MODEL:
				return model != MODEL_EDEFAULT;
			case EstatePackage.DEVICE__FIRMWARE:
				return FIRMWARE_EDEFAULT == null ? firmware != null : !FIRMWARE_EDEFAULT.equals(firmware);
			case EstatePackage.DEVICE__MAC:
				return MAC_EDEFAULT == null ? mac != null : !MAC_EDEFAULT.equals(mac);
			case EstatePackage.DEVICE__PLACE:
				return place != PLACE_EDEFAULT;
			case EstatePackage.DEVICE__STATION:
				return station != null;
			case EstatePackage.DEVICE__HOME_ROUTER:
				return homeRouter != null;
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
		result.append(" (model: ");
		result.append(model);
		result.append(", firmware: ");
		result.append(firmware);
		result.append(", mac: ");
		result.append(mac);
		result.append(", place: ");
		result.append(place);
		result.append(')');
		return result.toString();
	}

} //DeviceImpl
