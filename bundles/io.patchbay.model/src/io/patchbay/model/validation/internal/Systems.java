package io.patchbay.model.validation.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.patchbay.model.Customer;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceModel;
import io.patchbay.model.Estate;
import io.patchbay.model.ItspTrunk;
import io.patchbay.model.LanInterface;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Place;
import io.patchbay.model.PortRange;
import io.patchbay.model.Router;
import io.patchbay.model.Site;
import io.patchbay.model.Station;
import io.patchbay.model.StationType;
import io.patchbay.model.SystemModel;

/** What a system uses over the internet, derived from its stations and devices; shared by the rules. */
final class Systems {

    static final PortRange RTP_X = PortRange.of(30274, 30529);
    static final PortRange RTP_S = PortRange.of(30528, 30887);

    /** Devices that need HTTPS 8802 at home (F-08, F-10, F-16). */
    static final Set<DeviceModel> HTTPS_MODELS = EnumSet.of(DeviceModel.MYPORTAL_TO_GO_ANDROID,
            DeviceModel.MYPORTAL_TO_GO_IOS, DeviceModel.MYPORTAL_AT_WORK, DeviceModel.DESKPHONE_CP400_HFA,
            DeviceModel.DESKPHONE_CP600_HFA);

    static final Set<DeviceModel> SIP_ENDPOINTS = EnumSet.of(DeviceModel.YEALINK_T19P, DeviceModel.YEALINK_T41P,
            DeviceModel.ZOIPER_IOS, DeviceModel.ZOIPER_ANDROID);

    private Systems() {
    }

    /** Stations of the system type on the internet: the SBC flag set, or a device at home. */
    static boolean usesDeviceAtHome(OsbizSystem system) {
        return usesInternet(system, StationType.SYSTEM_CLIENT_HFA);
    }

    /** SIP stations on the internet: the SBC flag set, or a device at home. */
    static boolean usesSipAtHome(OsbizSystem system) {
        return usesInternet(system, StationType.SIP_CLIENT);
    }

    static boolean usesInternetDevices(OsbizSystem system) {
        return usesDeviceAtHome(system) || usesSipAtHome(system);
    }

    private static boolean usesInternet(OsbizSystem system, StationType type) {
        for (Station station : system.getStations()) {
            if (station.getType() == type && station.isSbcFlag()) {
                return true;
            }
        }
        for (Device device : system.getDevices()) {
            if (device.getPlace() == Place.HOME && device.getStation() != null
                    && device.getStation().getType() == type) {
                return true;
            }
        }
        return false;
    }

    /** Devices at home that speak HTTPS 8802 (myPortal to go, myPortal @work, DeskPhone CP 400/600). */
    static boolean usesHttpsAtHome(OsbizSystem system) {
        return system.getDevices().stream()
                .anyMatch(d -> d.getPlace() == Place.HOME && HTTPS_MODELS.contains(d.getModel()));
    }

    static List<Device> homeDevices(OsbizSystem system) {
        return system.getDevices().stream().filter(d -> d.getPlace() == Place.HOME).toList();
    }

    static boolean isSip(Device device) {
        return device.getStation() != null ? device.getStation().getType() == StationType.SIP_CLIENT
                : SIP_ENDPOINTS.contains(device.getModel());
    }

    /** The RTP range of a model (F-09), or null if the model is not known. */
    static PortRange expectedRtpRange(OsbizSystem system) {
        if (system.getModel() == null) {
            return null;
        }
        return system.getModel() == SystemModel.S ? RTP_S : RTP_X;
    }

    /** The RTP range the system uses: its own setting, else its model's default. */
    static PortRange rtpRange(OsbizSystem system) {
        return system.getRtpPortRange() != null ? system.getRtpPortRange() : expectedRtpRange(system);
    }

    /** RTP proxy channels (F-15): 180 on S, 60 on X models with or without Booster. */
    static int rtpProxyChannels(OsbizSystem system) {
        return system.getModel() == SystemModel.S ? 180 : 60;
    }

    /** The LAN address the router forwards to: that of the interface facing the internet. */
    static String internalAddress(OsbizSystem system) {
        String address = system.getInternetInterface() == LanInterface.LAN2 ? system.getLan2Address()
                : system.getLan1Address();
        return address == null || address.isBlank() ? system.getHostAddress() : address;
    }

    static boolean hasItspStun(OsbizSystem system) {
        for (ItspTrunk trunk : system.getItspTrunks()) {
            if (trunk.isActive() && !blank(trunk.getStunServer())) {
                return true;
            }
        }
        return false;
    }

    /** The systems of the estate that use {@code router} as their access router, in document order. */
    static List<OsbizSystem> servedBy(Router router) {
        List<OsbizSystem> served = new ArrayList<>();
        Estate estate = estateOf(router);
        if (estate == null) {
            return served;
        }
        for (Customer customer : estate.getCustomers()) {
            for (Site site : customer.getSites()) {
                for (OsbizSystem system : site.getSystems()) {
                    if (system.getAccessRouter() == router) {
                        served.add(system);
                    }
                }
            }
        }
        return served;
    }

    static Estate estateOf(EObject object) {
        EObject o = object;
        while (o != null && !(o instanceof Estate)) {
            o = o.eContainer();
        }
        return (Estate) o;
    }

    static Customer customerOf(EObject object) {
        EObject o = object;
        while (o != null && !(o instanceof Customer)) {
            o = o.eContainer();
        }
        return (Customer) o;
    }

    static OsbizSystem systemOf(EObject object) {
        EObject o = object;
        while (o != null && !(o instanceof OsbizSystem)) {
            o = o.eContainer();
        }
        return (OsbizSystem) o;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
