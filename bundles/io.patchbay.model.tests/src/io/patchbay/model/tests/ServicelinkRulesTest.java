package io.patchbay.model.tests;

import static io.patchbay.model.tests.RuleAssertions.assertBroken;
import static io.patchbay.model.tests.RuleAssertions.assertKept;

import org.junit.jupiter.api.Test;

import io.patchbay.model.ServicelinkEndpoint;
import io.patchbay.model.validation.Severity;

/** RSP.servicelink rules (F-41 to F-47) on the fixture: each kept in one case and broken in another. */
class ServicelinkRulesTest {

    private final Fixture f = new Fixture();

    private static final String ROUTER = "Company router Acme internet router";
    private static final String IDENTITY = "RSP.servicelink identity OSBIZ-X3-ACME of Acme PBX (X3, V2R7)";

    @Test
    void f41KeptWithoutOutboundFiltering() {
        f.router.getOutboundAllowances().clear();
        f.router.setOutboundFiltering(false);
        assertKept(f, "F-41");
    }

    @Test
    void f41BrokenByAMissingAllowance() {
        f.router.getOutboundAllowances().remove(1);
        assertBroken(f, "F-41", Severity.ERROR, f.router, ROUTER + ": outbound filtering blocks RSP.servicelink of Acme "
                + "PBX (X3, V2R7) to 188.64.17.50:443 (F-41); allow outbound TCP to 188.64.17.50:443");
    }

    @Test
    void f41UsesTheEstatesOwnEndpointsNotHardWiredOnes() {
        ServicelinkEndpoint own = Fixture.F.createServicelinkEndpoint();
        own.setRole("primary load balancer");
        own.setHost("servicelink.test.example");
        f.estate.getServicelinkEndpoints().add(own);
        assertBroken(f, "F-41", Severity.ERROR, f.router, ROUTER + ": outbound filtering blocks RSP.servicelink of Acme "
                + "PBX (X3, V2R7) to servicelink.test.example:443 (F-41); allow outbound TCP to "
                + "servicelink.test.example:443");
    }

    @Test
    void f41BrokenByTlsInspection() {
        f.router.setTlsInspection(true);
        assertBroken(f, "F-41", Severity.ERROR, f.router, ROUTER + ": inspects outbound TLS, which breaks "
                + "RSP.servicelink of Acme PBX (X3, V2R7) (F-41); exempt the RSP.servicelink endpoints from TLS "
                + "inspection");
    }

    @Test
    void f43KeptWithTheSameMacWrittenDifferentlyOnTheSystemAndItsIdentity() {
        f.system.getServicelink().setMac("02-00-00-00-00-02");
        assertKept(f, "F-43");
    }

    @Test
    void f43BrokenByAMacUsedTwice() {
        f.hansenYealink.setMac("02:00:00:00:00:02");
        assertBroken(f, "F-43", Severity.ERROR, f.hansenYealink, "Hansen Yealink (Yealink T41P, 36.72.0.57, at home): "
                + "MAC 02:00:00:00:00:02 is also used by Acme PBX (X3, V2R7) (F-43); correct the MAC: each device has "
                + "its own");
    }

    @Test
    void f43BrokenByASielIdUsedTwice() {
        Fixture other = new Fixture();
        other.system.setId("pbx-2");
        other.system.setName("Second PBX");
        other.system.setMac("02:00:00:00:00:99");
        other.system.setServicelink(null);
        other.system.setAccessRouter(null);
        other.system.getDevices().clear();
        other.system.getStations().clear();
        other.system.setSpeCertificate(null);
        other.system.setSpeEnabled(false);
        f.site.getSystems().add(other.system);
        assertBroken(f, "F-43", Severity.ERROR, other.system, "Second PBX (X3, V2R7): SIEL-ID AAAA00000001 is also used "
                + "by Acme PBX (X3, V2R7) (F-43); correct the SIEL-ID: each device has its own");
    }

    @Test
    void f43BrokenByAnotherCustomerId() {
        f.system.getServicelink().setCustomerId("900002");
        assertBroken(f, "F-43", Severity.ERROR, f.system.getServicelink(), IDENTITY + ": Customer ID 900002 differs "
                + "from 900001 of Customer Acme Logistics (customer ID 900001) (F-43); register with Customer ID 900001");
    }

    @Test
    void f47KeptForAHomeRouterPatchbayDoesNotManage() {
        f.homeRouter.setCredentialRef(null);
        assertKept(f, "F-47");
    }

    @Test
    void f47BrokenByAManagedDeviceWithoutCredentials() {
        f.rsip.setCredentialRef("");
        assertBroken(f, "F-47", Severity.ERROR, f.rsip, "RSIP server Acme RSIP gateway: no management credentials are "
                + "stored (F-47); store its credentials in the vault and set the reference");
    }

    @Test
    void f47BrokenByAServicelinkIdentityWithoutCredentials() {
        f.system.getServicelink().setCredentialRef(null);
        assertBroken(f, "F-47", Severity.ERROR, f.system.getServicelink(), IDENTITY + ": no RSP.servicelink credentials "
                + "are stored (F-47); store them in the vault and set the reference");
    }
}
