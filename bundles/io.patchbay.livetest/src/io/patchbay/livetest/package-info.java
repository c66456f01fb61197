/**
 * Live tests: named suites that map an estate's objects to protocol probes and to verdicts that carry the rule
 * (F-xx) and the fix — "Device@Home ready", "SIP@Home ready", "RSIP server", "RSP.servicelink reachable".
 * <p>
 * A suite is an OSGi service implementing {@link io.patchbay.livetest.LiveTestSuite}; a third-party bundle adds one by
 * registering its own. The {@link io.patchbay.livetest.LiveTestRunner} service runs suites over a selection with
 * bounded parallelism, progress and cancellation, and returns a {@link io.patchbay.livetest.LiveTestReport}.
 * {@code patchbay test} is its command line.
 *
 * @since 0.1
 */
package io.patchbay.livetest;
