package io.patchbay.model.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.patchbay.model.EstateFactory;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.SoftwareVersion;

/** Versions as the vendor writes them: parsed, ordered numerically, written back unchanged. */
class SoftwareVersionTest {

    @Test
    void parsesEveryVendorForm() {
        assertAll(() -> assertEquals(List.of(3, 0, 40, 4), SoftwareVersion.parse("V3 R0.40.4").numbers()),
                () -> assertEquals(List.of(1, 2, 8, 0), SoftwareVersion.parse("V1 R2.8.0").numbers()),
                () -> assertEquals(List.of(2, 2, 26, 19), SoftwareVersion.parse("V2R2.26.19").numbers()),
                () -> assertEquals(List.of(31, 72, 0, 48), SoftwareVersion.parse("31.72.0.48").numbers()),
                () -> assertEquals(List.of(2, 7), SoftwareVersion.parse("V2R7").numbers()),
                () -> assertEquals(List.of(1, 3, 2), SoftwareVersion.parse("V1R3.2").numbers()),
                () -> assertEquals(List.of(2, 0, 12), SoftwareVersion.parse("V2.0.12").numbers()),
                () -> assertEquals(List.of(2, 17), SoftwareVersion.parse("2.17").numbers()));
    }

    @Test
    void ordersNumericallyNotAsText() {
        List<String> sorted = List.of("V2R10", "V1R3.2", "V2R7", "V2R6", "V2R7.1", "V1R3.10").stream()
                .map(SoftwareVersion::parse).sorted().map(SoftwareVersion::toString).toList();
        assertEquals(List.of("V1R3.2", "V1R3.10", "V2R6", "V2R7", "V2R7.1", "V2R10"), sorted);
        assertTrue(SoftwareVersion.parse("V3 R5.12.0").isAtLeast("V3 R0.40.4"));
        assertTrue(!SoftwareVersion.parse("V1 R2.7.9").isAtLeast("V1 R2.8.0"));
    }

    @Test
    void missingTrailingNumbersCountAsZeroAndSpellingDoesNotMatter() {
        assertAll(() -> assertEquals(SoftwareVersion.parse("V2R7"), SoftwareVersion.parse("V2 R7.0")),
                () -> assertEquals(SoftwareVersion.parse("V2R7").hashCode(), SoftwareVersion.parse("V2 R7.0").hashCode()),
                () -> assertEquals(SoftwareVersion.parse("V2R5.11.01"), SoftwareVersion.parse("V2R5.11.1")),
                () -> assertEquals("V3 R0.40.4", SoftwareVersion.parse(" V3 R0.40.4 ").toString()));
    }

    @Test
    void rejectsWhatIsNotAVersion() {
        for (String bad : new String[] {"", "V", "V2R", "DD-WRT v24-sp2", "1..2", "2.", "V2R7 beta", "99999999999"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SoftwareVersion.parse(bad),
                    bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
    }

    @Test
    void isTheTextFormOfTheModelsDataType() {
        EstateFactory factory = EstateFactory.eINSTANCE;
        Object version = factory.createFromString(EstatePackage.Literals.SOFTWARE_VERSION, "V2R2.26.19");
        assertEquals(SoftwareVersion.parse("V2R2.26.19"), version);
        assertEquals("V2R2.26.19", factory.convertToString(EstatePackage.Literals.SOFTWARE_VERSION, version));
    }
}
