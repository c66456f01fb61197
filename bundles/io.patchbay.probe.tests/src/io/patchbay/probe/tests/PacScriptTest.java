package io.patchbay.probe.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.probe.relay.AttemptOutcome;
import io.patchbay.probe.relay.ConnectionReport;
import io.patchbay.probe.relay.PacException;
import io.patchbay.probe.relay.PacScript;
import io.patchbay.probe.relay.ProxyKind;
import io.patchbay.probe.relay.Relay;
import io.patchbay.probe.relay.RelayProbe;
import io.patchbay.probe.relay.RelayProbeOptions;
import io.patchbay.probe.relay.Route;

/**
 * PAC files in Rhino: the Netscape helper functions on the examples of the specification, answers parsed into routes,
 * and scripts that are broken, hostile or endless, which must fail fast with a message that names the file.
 */
class PacScriptTest {

    /** Sunday 22 November 2026, 01:30:00 GMT. */
    static final Clock SUNDAY = Clock.fixed(Instant.parse("2026-11-22T01:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path work;

    /** Evaluates a JavaScript expression through FindProxyForURL, whose host argument carries it. */
    private static String eval(String expression) throws PacException {
        PacScript script = PacScript.compile("function FindProxyForURL(url, host) { return String(eval(host)); }",
                "eval.pac", SUNDAY);
        return script.findProxyForUrl("https://relay.example.net/", expression);
    }

    @Test
    void theHostNameHelpersBehaveAsTheNetscapeSpecificationSays() throws Exception {
        assertAll(() -> assertEquals("true", eval("isPlainHostName('www')")),
                () -> assertEquals("false", eval("isPlainHostName('www.netscape.com')")),
                () -> assertEquals("true", eval("dnsDomainIs('www.netscape.com', '.netscape.com')")),
                () -> assertEquals("false", eval("dnsDomainIs('www', '.netscape.com')")),
                () -> assertEquals("false", eval("dnsDomainIs('www.mcom.com', '.netscape.com')")),
                () -> assertEquals("true", eval("localHostOrDomainIs('www.netscape.com', 'www.netscape.com')")),
                () -> assertEquals("true", eval("localHostOrDomainIs('www', 'www.netscape.com')")),
                () -> assertEquals("false", eval("localHostOrDomainIs('www.mcom.com', 'www.netscape.com')")),
                () -> assertEquals("false", eval("localHostOrDomainIs('home.netscape.com', 'www.netscape.com')")),
                () -> assertEquals("true", eval("isResolvable('localhost')")),
                () -> assertEquals("127.0.0.1", eval("dnsResolve('127.0.0.1')")),
                () -> assertEquals("true", eval("isInNet('198.95.249.79', '198.95.249.79', '255.255.255.255')")),
                () -> assertEquals("true", eval("isInNet('198.95.6.8', '198.95.0.0', '255.255.0.0')")),
                () -> assertEquals("false", eval("isInNet('198.96.6.8', '198.95.0.0', '255.255.0.0')")),
                () -> assertEquals("true", eval("isInNet('127.0.0.1', '127.0.0.0', '255.0.0.0')")),
                () -> assertEquals("true", eval("/^\\d+\\.\\d+\\.\\d+\\.\\d+$/.test(myIpAddress())")),
                () -> assertEquals("0", eval("dnsDomainLevels('www')")),
                () -> assertEquals("2", eval("dnsDomainLevels('www.netscape.com')")),
                () -> assertEquals("true", eval("shExpMatch('http://home.netscape.com/people/ari/index.html', '*/ari/*')")),
                () -> assertEquals("false", eval("shExpMatch('http://home.netscape.com/people/montulli/index.html',"
                        + " '*/ari/*')")),
                () -> assertEquals("true", eval("shExpMatch('a.b', 'a?b')")),
                () -> assertEquals("false", eval("shExpMatch('axb', 'a.b')")),
                () -> assertEquals("true", eval("shExpMatch('relay(1)+.net', 'relay(?)+.*')")));
    }

    @Test
    void theDateAndTimeHelpersUseTheClockAndUnderstandRangesAndGmt() throws Exception {
        assertAll(() -> assertEquals("true", eval("weekdayRange('SUN', 'GMT')")),
                () -> assertEquals("false", eval("weekdayRange('MON', 'FRI', 'GMT')")),
                () -> assertEquals("true", eval("weekdayRange('FRI', 'MON', 'GMT')")),
                () -> assertEquals("true", eval("dateRange(22, 'GMT')")),
                () -> assertEquals("true", eval("dateRange('NOV', 'GMT')")),
                () -> assertEquals("true", eval("dateRange(2026, 'GMT')")),
                () -> assertEquals("false", eval("dateRange(1, 15, 'GMT')")),
                () -> assertEquals("true", eval("dateRange('OCT', 'DEC', 'GMT')")),
                () -> assertEquals("false", eval("dateRange('DEC', 'JAN', 'GMT')")),
                () -> assertEquals("true", eval("dateRange(1, 'NOV', 30, 'NOV', 'GMT')")),
                () -> assertEquals("true", eval("dateRange('NOV', 2026, 'JAN', 2027, 'GMT')")),
                () -> assertEquals("false", eval("dateRange(1, 'JAN', 2025, 31, 'DEC', 2025, 'GMT')")),
                () -> assertEquals("true", eval("timeRange(1, 'GMT')")),
                () -> assertEquals("true", eval("timeRange(0, 2, 'GMT')")),
                () -> assertEquals("true", eval("timeRange(22, 2, 'GMT')")),
                () -> assertEquals("false", eval("timeRange(9, 17, 'GMT')")),
                () -> assertEquals("false", eval("timeRange(1, 0, 1, 29, 'GMT')")),
                () -> assertEquals("true", eval("timeRange(1, 30, 0, 1, 30, 0, 'GMT')")));
    }

    @Test
    void answersBecomeRoutesInOrderAndBadEntriesAreNamed() throws Exception {
        List<Route> routes = PacScript.parseAnswer("PROXY proxy.corp:3128; SOCKS 10.0.0.1:1080;HTTPS p:443 ;DIRECT",
                "corp.pac");
        PacException bad = assertThrows(PacException.class, () -> PacScript.parseAnswer("PROXY nowhere", "corp.pac"));
        assertAll(() -> assertEquals(4, routes.size()),
                () -> assertEquals(ProxyKind.HTTP, routes.get(0).proxy().orElseThrow().kind()),
                () -> assertEquals("proxy.corp:3128", routes.get(0).proxy().orElseThrow().address().toString()),
                () -> assertEquals(ProxyKind.SOCKS4, routes.get(1).proxy().orElseThrow().kind()),
                () -> assertEquals(ProxyKind.HTTPS, routes.get(2).proxy().orElseThrow().kind()),
                () -> assertTrue(routes.get(3).direct()),
                () -> assertEquals(List.of(Route.DIRECT), PacScript.parseAnswer("", "corp.pac")),
                () -> assertTrue(bad.getMessage().contains("corp.pac") && bad.getMessage().contains("PROXY nowhere"),
                        bad::getMessage));
    }

    @Test
    void brokenEndlessAndSandboxedScriptsFailFastNamingTheFile() throws Exception {
        PacException syntax = assertThrows(PacException.class,
                () -> PacScript.compile("function FindProxyForURL(url, host) {\n  return \"DIRECT\"\n", "a.pac"));
        PacException missing = assertThrows(PacException.class,
                () -> PacScript.compile("function findProxy(url, host) { return 'DIRECT'; }", "b.pac"));
        long start = System.nanoTime();
        PacException endlessLoad = assertThrows(PacException.class,
                () -> PacScript.compile("while (true) {}", "c.pac"));
        PacScript endless = PacScript.compile("function FindProxyForURL(url, host) { for (;;) { try {} catch (e) {} }"
                + " }", "d.pac");
        PacException endlessCall = assertThrows(PacException.class,
                () -> endless.findProxyForUrl("https://r/", "r"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        PacScript java = PacScript.compile("function FindProxyForURL(url, host) {"
                + " return java.lang.System.getProperty('user.home'); }", "e.pac");
        PacException noJava = assertThrows(PacException.class, () -> java.findProxyForUrl("https://r/", "r"));
        assertAll(() -> assertTrue(syntax.getMessage().startsWith("PAC file a.pac does not load"), syntax::getMessage),
                () -> assertTrue(syntax.getMessage().contains("line"), syntax::getMessage),
                () -> assertTrue(missing.getMessage().contains("b.pac defines no function FindProxyForURL"),
                        missing::getMessage),
                () -> assertTrue(endlessLoad.getMessage().contains("must not loop"), endlessLoad::getMessage),
                () -> assertTrue(endlessCall.getMessage().contains("d.pac"), endlessCall::getMessage),
                () -> assertTrue(ms < 2 * PacScript.LIMIT.toMillis() + 2000, ms + " ms"),
                () -> assertTrue(noJava.getMessage().contains("e.pac"), noJava::getMessage));
    }

    @Test
    void proxyKindsTheProbeDoesNotSpeakAreLinesThatSaySo() throws Exception {
        PacScript script = PacScript.compile("function FindProxyForURL(url, host) {"
                + " return 'HTTPS 127.0.0.1:1; SOCKS5 127.0.0.1:2'; }", "kinds.pac");
        ConnectionReport report = RelayProbe.run(List.of(new Relay("127.0.0.1", List.of(1))),
                RelayProbeOptions.defaults().withTimeout(Duration.ofSeconds(1)).withPac(script));
        assertAll(() -> assertEquals(List.of(AttemptOutcome.REFUSED, AttemptOutcome.UNSUPPORTED,
                AttemptOutcome.UNSUPPORTED), report.attempts().stream().map(a -> a.outcome()).toList(), report::text),
                () -> assertTrue(report.text().contains("via SOCKS5 proxy 127.0.0.1:2 (PAC): proxy kind not supported"),
                        report::text));
    }

    @Test
    void aPacFileFromDiskThatThrowsIsANoteAndTheDirectRouteIsStillTried() throws Exception {
        Path file = Files.writeString(work.resolve("proxy.pac"),
                "function FindProxyForURL(url, host) { throw new Error('no rule for ' + host); }");
        PacScript script = PacScript.load(file.toString(), Duration.ofSeconds(1));
        ConnectionReport report = RelayProbe.run(List.of(new Relay("127.0.0.1", List.of(1))),
                RelayProbeOptions.defaults().withTimeout(Duration.ofSeconds(1)).withPac(script));
        assertAll(() -> assertEquals(1, report.attempts().size(), report::text),
                () -> assertEquals(AttemptOutcome.REFUSED, report.attempts().get(0).outcome()),
                () -> assertEquals(1, report.notes().size(), report::text),
                () -> assertTrue(report.text().contains("note: PAC file " + file + ": FindProxyForURL("
                        + "\"https://127.0.0.1:1/\", \"127.0.0.1\") failed: Error: no rule for 127.0.0.1"),
                        report::text));
    }
}
