package io.patchbay.probe.relay.internal;

/**
 * The PAC helper functions of the Netscape specification (1996) as browsers still provide them, in JavaScript over
 * three functions given by {@link PacRuntime}: {@code dnsResolve}, {@code myIpAddress} and {@code __patchbayNow}
 * (the clock, so that the date and time helpers can be tested).
 */
final class PacHelpers {

    private PacHelpers() {
    }

    static final String SOURCE = """
            function isPlainHostName(host) {
              return String(host).indexOf('.') < 0;
            }
            function dnsDomainIs(host, domain) {
              host = String(host); domain = String(domain);
              return host.length >= domain.length && host.substring(host.length - domain.length) === domain;
            }
            function localHostOrDomainIs(host, hostdom) {
              host = String(host); hostdom = String(hostdom);
              return host === hostdom || (host.indexOf('.') < 0 && hostdom.lastIndexOf(host + '.', 0) === 0);
            }
            function isResolvable(host) {
              return dnsResolve(host) !== null;
            }
            function __patchbayIp(text) {
              var m = /^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$/.exec(String(text));
              if (m === null) return null;
              for (var i = 1; i <= 4; i++) if (Number(m[i]) > 255) return null;
              return ((Number(m[1]) << 24) | (Number(m[2]) << 16) | (Number(m[3]) << 8) | Number(m[4])) >>> 0;
            }
            function convert_addr(ipchars) {
              var value = __patchbayIp(ipchars);
              return value === null ? 0 : value;
            }
            function isInNet(host, pattern, mask) {
              var address = __patchbayIp(host);
              if (address === null) {
                var resolved = dnsResolve(host);
                address = resolved === null ? null : __patchbayIp(resolved);
              }
              var net = __patchbayIp(pattern), bits = __patchbayIp(mask);
              if (address === null || net === null || bits === null) return false;
              return ((address & bits) >>> 0) === ((net & bits) >>> 0);
            }
            function dnsDomainLevels(host) {
              return String(host).split('.').length - 1;
            }
            function shExpMatch(str, shexp) {
              var re = String(shexp).replace(/[.+^${}()|[\\]\\\\]/g, '\\\\$&').replace(/\\*/g, '.*').replace(/\\?/g, '.');
              return new RegExp('^' + re + '$').test(String(str));
            }
            var __patchbayDays = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
            var __patchbayMonths = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
            function __patchbayArgs(args) {
              var list = Array.prototype.slice.call(args), gmt = false;
              if (list.length > 0 && String(list[list.length - 1]).toUpperCase() === 'GMT') { gmt = true; list.pop(); }
              return { list: list, gmt: gmt, now: new Date(__patchbayNow()) };
            }
            function __patchbayInRange(value, start, end) {
              return start <= end ? (value >= start && value <= end) : (value >= start || value <= end);
            }
            function weekdayRange() {
              var a = __patchbayArgs(arguments);
              if (a.list.length < 1 || a.list.length > 2) return false;
              var today = a.gmt ? a.now.getUTCDay() : a.now.getDay();
              var first = __patchbayDays.indexOf(String(a.list[0]).toUpperCase());
              var last = a.list.length === 2 ? __patchbayDays.indexOf(String(a.list[1]).toUpperCase()) : first;
              if (first < 0 || last < 0) return false;
              return __patchbayInRange(today, first, last);
            }
            function __patchbayDatePart(value) {
              if (typeof value === 'string' || value instanceof String) {
                var month = __patchbayMonths.indexOf(String(value).toUpperCase());
                return month < 0 ? null : { kind: 'month', value: month };
              }
              var n = Number(value);
              if (isNaN(n)) return null;
              return n > 31 ? { kind: 'year', value: n } : { kind: 'day', value: n };
            }
            function __patchbayDateKey(parts, now, gmt) {
              var fields = { year: gmt ? now.getUTCFullYear() : now.getFullYear(),
                             month: gmt ? now.getUTCMonth() : now.getMonth(),
                             day: gmt ? now.getUTCDate() : now.getDate() };
              var key = 0, nowKey = 0, weights = { year: 10000, month: 100, day: 1 };
              for (var i = 0; i < parts.length; i++) {
                key += parts[i].value * weights[parts[i].kind];
                nowKey += fields[parts[i].kind] * weights[parts[i].kind];
              }
              return { key: key, now: nowKey };
            }
            function dateRange() {
              var a = __patchbayArgs(arguments), parts = [];
              for (var i = 0; i < a.list.length; i++) {
                var part = __patchbayDatePart(a.list[i]);
                if (part === null) return false;
                parts.push(part);
              }
              if (parts.length === 1) {
                var single = __patchbayDateKey(parts, a.now, a.gmt);
                return single.key === single.now;
              }
              if (parts.length !== 2 && parts.length !== 4 && parts.length !== 6) return false;
              var half = parts.length / 2;
              var from = __patchbayDateKey(parts.slice(0, half), a.now, a.gmt);
              var to = __patchbayDateKey(parts.slice(half), a.now, a.gmt);
              return __patchbayInRange(from.now, from.key, to.key);
            }
            function timeRange() {
              var a = __patchbayArgs(arguments), n = a.list.length, v = [];
              for (var i = 0; i < n; i++) v.push(Number(a.list[i]));
              var now = a.gmt ? a.now.getUTCHours() * 3600 + a.now.getUTCMinutes() * 60 + a.now.getUTCSeconds()
                              : a.now.getHours() * 3600 + a.now.getMinutes() * 60 + a.now.getSeconds();
              if (n === 1) return Math.floor(now / 3600) === v[0];
              if (n === 2) return __patchbayInRange(now, v[0] * 3600, v[1] * 3600 - 1);
              if (n === 4) return __patchbayInRange(now, v[0] * 3600 + v[1] * 60, v[2] * 3600 + v[3] * 60 + 59);
              if (n === 6) return __patchbayInRange(now, v[0] * 3600 + v[1] * 60 + v[2], v[3] * 3600 + v[4] * 60 + v[5]);
              return false;
            }
            """;
}
