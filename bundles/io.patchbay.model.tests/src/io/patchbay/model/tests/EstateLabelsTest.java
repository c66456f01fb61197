package io.patchbay.model.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.patchbay.model.Booster;
import io.patchbay.model.EstateLabels;
import io.patchbay.model.TransportProtocol;

/** Objects are named the way an operator names them. */
class EstateLabelsTest {

    private final Fixture f = new Fixture();

    @Test
    void namesTheObjectsOfTheEstate() {
        f.system.setBooster(Booster.CARD);
        assertAll(() -> assertEquals("Station 101 (Jana Petersen)", EstateLabels.describe(f.petersen)),
                () -> assertEquals("Acme PBX (X3 with Booster card, V2R7)", EstateLabels.describe(f.system)),
                () -> assertEquals("Company router Acme internet router", EstateLabels.describe(f.router)),
                () -> assertEquals("Forwarding TCP/UDP 4060 \u2192 10.0.0.2:4062",
                        EstateLabels.describe(f.forwarding(TransportProtocol.TCP_UDP, "4060"))),
                () -> assertEquals("Petersen phone (OpenScape DeskPhone CP600 HFA, V1 R9.2.0, at home)",
                        EstateLabels.describe(f.petersenPhone)),
                () -> assertEquals("Reception phone (OpenStage HFA, V3 R5.12.0)",
                        EstateLabels.describe(f.receptionPhone)),
                () -> assertEquals("Customer Acme Logistics (customer ID 900001)", EstateLabels.describe(f.customer)),
                () -> assertEquals("Site HQ", EstateLabels.describe(f.site)),
                () -> assertEquals("RSIP client Scanner gateway (10.0.0.41)", EstateLabels.describe(f.rsipClient)),
                () -> assertEquals("Server certificate pbx-acme (serial 2)",
                        EstateLabels.describe(f.serverCertificate)));
    }

    @Test
    void fallsBackToTheIdWhenThereIsNoName() {
        f.petersen.setName(null);
        f.router.setName(null);
        assertAll(() -> assertEquals("Station 101", EstateLabels.describe(f.petersen)),
                () -> assertEquals("Company router rtr", EstateLabels.describe(f.router)));
    }
}
