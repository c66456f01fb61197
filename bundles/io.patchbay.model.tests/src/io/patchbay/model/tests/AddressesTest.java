package io.patchbay.model.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.patchbay.model.Addresses;

/** MAC addresses and hosts stay text in the model; these checks decide what is valid. */
class AddressesTest {

    @Test
    void macAddressesInEveryCommonSpellingNormalizeToOneForm() {
        assertAll(() -> assertEquals("02:00:5e:10:00:01", Addresses.normalizeMac("02:00:5E:10:00:01")),
                () -> assertEquals("02:00:5e:10:00:01", Addresses.normalizeMac("02-00-5e-10-00-01")),
                () -> assertEquals("02:00:5e:10:00:01", Addresses.normalizeMac("02005E100001")),
                () -> assertFalse(Addresses.isMac("02:00:5e:10:00")),
                () -> assertFalse(Addresses.isMac("02:00-5e:10:00:01")),
                () -> assertFalse(Addresses.isMac("zz:00:5e:10:00:01")),
                () -> assertThrows(IllegalArgumentException.class, () -> Addresses.normalizeMac("nope")));
    }

    @Test
    void hostsAreIpv4AddressesOrDnsNames() {
        assertAll(() -> assertTrue(Addresses.isIpv4("203.0.113.10")),
                () -> assertFalse(Addresses.isIpv4("256.0.0.1")),
                () -> assertFalse(Addresses.isIpv4("01.2.3.4")),
                () -> assertTrue(Addresses.isDnsName("pbx.nordhafen.example")),
                () -> assertFalse(Addresses.isDnsName("203.0.113.10")),
                () -> assertFalse(Addresses.isDnsName("-bad.example")),
                () -> assertFalse(Addresses.isDnsName("two words.example")),
                () -> assertTrue(Addresses.isHost("10.0.0.1")),
                () -> assertFalse(Addresses.isHost("")));
    }
}
