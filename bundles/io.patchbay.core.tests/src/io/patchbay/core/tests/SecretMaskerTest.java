package io.patchbay.core.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.patchbay.core.Credential;
import io.patchbay.core.transportlog.SecretMasker;

/** What the transport log never shows, and what it shows as it is. */
class SecretMaskerTest {

    private static final String KEY = """
            -----BEGIN OPENSSH PRIVATE KEY-----
            b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
            QyNTUxOQAAACDc2VjcmV0a2V5bWF0ZXJpYWxzaG91bGRuZXZlcmJlc2hvd24AAAAJcm9vdA
            -----END OPENSSH PRIVATE KEY-----
            """;

    @Test
    void theConnectionsPasswordIsMaskedWhereverItAppears() {
        SecretMasker masker = SecretMasker.builder()
                .credential(Credential.password("root", "Buffalo-Twin-9".toCharArray())).build();

        assertAll(
                () -> assertEquals("echo **** | chpasswd", masker.mask("echo Buffalo-Twin-9 | chpasswd")),
                () -> assertEquals("login ****, again ****", masker.mask("login Buffalo-Twin-9, again Buffalo-Twin-9")),
                () -> assertEquals("****", masker.mask("Buffalo-Twin-9")));
    }

    @Test
    void aKeysPassphraseAndEveryLineOfTheKeyAreMasked() {
        SecretMasker masker = SecretMasker.builder().credential(Credential.privateKey("root",
                KEY.getBytes(StandardCharsets.UTF_8), "open sesame 42".toCharArray())).build();

        String masked = masker.mask("cat /root/.ssh/id_ed25519\n" + KEY + "passphrase was open sesame 42\n");

        assertAll(() -> assertFalse(masked.contains("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ"), masked),
                () -> assertFalse(masked.contains("QyNTUxOQAAACDc2VjcmV0a2V5"), masked),
                () -> assertFalse(masked.contains("open sesame 42"), masked),
                () -> assertTrue(masked.contains("-----BEGIN OPENSSH PRIVATE KEY-----\n****\n****\n"), masked),
                () -> assertTrue(masked.startsWith("cat /root/.ssh/id_ed25519\n"), masked));
    }

    @Test
    void snmpCommunityAndBothV3PassPhrasesAreMasked() {
        SecretMasker masker = SecretMasker.builder().secret("s3cr3t-community".toCharArray())
                .secret("auth-Pass-Phrase".getBytes(StandardCharsets.UTF_8))
                .secret("priv-Pass-Phrase".toCharArray()).build();

        String masked = masker.mask("community s3cr3t-community, auth auth-Pass-Phrase, priv priv-Pass-Phrase");

        assertEquals("community ****, auth ****, priv ****", masked);
    }

    @Test
    void assignmentsToSecretNamesAreMaskedWithoutKnowingTheSecret() {
        SecretMasker masker = SecretMasker.patternsOnly();

        assertAll(
                () -> assertEquals("nvram set http_passwd=**** && nvram commit",
                        masker.mask("nvram set http_passwd=hunter2 && nvram commit")),
                () -> assertEquals("nvram set 'wl0_wpa_psk=****' && nvram set 'wan_passwd=****'",
                        masker.mask("nvram set 'wl0_wpa_psk=my wifi key' && nvram set 'wan_passwd=pppoe pw'")),
                () -> assertEquals("nvram set \"ddns_passwd=****\"", masker.mask("nvram set \"ddns_passwd=a b\"")),
                () -> assertEquals("vpn_key=****\nsnmpd_rocommunity=****\nradius_secret=****\napi_token=****\n",
                        masker.mask("vpn_key=AbC123\nsnmpd_rocommunity=public\nradius_secret=xyz\napi_token=t0k\n")),
                () -> assertEquals("PASSWORD=****; echo ok", masker.mask("PASSWORD=Top-Secret; echo ok")),
                () -> assertEquals("x_passphrase=****", masker.mask("x_passphrase=\"long phrase\"")));
    }

    @Test
    void valuesOfOidsThatHoldSecretsAreMasked() {
        SecretMasker masker = SecretMasker.builder().secretOid("1.3.6.1.4.1.32473.1.9.2").build();

        assertAll(
                () -> assertEquals("****", masker.maskSnmpValue("1.3.6.1.6.3.15.1.2.2.1.6.9.128.0.1.1", "0x1f2e")),
                () -> assertEquals("****", masker.maskSnmpValue("1.3.6.1.6.3.18.1.1.1.2.1.112", "public")),
                () -> assertEquals("****", masker.maskSnmpValue(".1.3.6.1.4.1.32473.1.9.2.0", "admin-pin")),
                () -> assertEquals("pbx-hh", masker.maskSnmpValue("1.3.6.1.2.1.1.5.0", "pbx-hh")),
                () -> assertFalse(masker.isSecretOid("1.3.6.1.4.1.32473.1.9.20.0")));
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        SecretMasker masker = SecretMasker.builder()
                .credential(Credential.password("root", "Buffalo-Twin-9".toCharArray())).build();
        String[] ordinary = {
            "nvram set lan_ipaddr=192.168.11.1 && nvram commit",
            "nvram set 'forward_port=sip:on:udp:5060:5060>192.168.11.10:5060'",
            "keyboard=de monkey=banana turkey=1 key_type=ed25519 keys=3",
            "Password: ",
            "passwd changed for root",
            "SNMPv2-MIB::sysName.0 = STRING: pbx-hh",
            "DD-WRT v3.0-r44715 std (c) 2020 NewMedia-NET GmbH",
            "",
        };
        for (String text : ordinary) {
            assertEquals(text, masker.mask(text));
        }
    }

    @Test
    void afterDestroyOnlyThePatternsAreMasked() {
        SecretMasker masker = SecretMasker.builder().secret("Buffalo-Twin-9".toCharArray()).build();
        masker.destroy();

        SecretMasker.patternsOnly().destroy();

        assertAll(() -> assertTrue(masker.isDestroyed()),
                () -> assertEquals("http_passwd=****", masker.mask("http_passwd=x")),
                () -> assertEquals("Buffalo-Twin-9", masker.mask("Buffalo-Twin-9")),
                () -> assertFalse(masker.toString().contains("Buffalo")),
                () -> assertFalse(SecretMasker.patternsOnly().isDestroyed(), "the shared masker stays usable"));
    }
}
