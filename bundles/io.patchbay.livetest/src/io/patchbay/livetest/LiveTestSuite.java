package io.patchbay.livetest;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.patchbay.model.Estate;

/**
 * A named live test: which objects of an estate it applies to, and the checks it runs on each, every check a probe
 * against a real peer judged by a rule (F-xx).
 * <p>
 * Register an implementation as an OSGi service ({@code @Component(service = LiveTestSuite.class)}) and
 * {@code patchbay test} and the console list and run it beside the built-in suites. Implementations must be safe to
 * run on several objects at once, hold no state between runs, and never throw for what they find: a peer that does
 * not answer is a failed or skipped {@link CheckResult}.
 *
 * @since 0.1
 */
public interface LiveTestSuite {

    /** A stable id for the command line, lower case with dashes, e.g. {@code device-at-home}. */
    String id();

    /** The name operators read, e.g. {@code Device@Home ready}. */
    String name();

    /** One sentence: what the suite proves and against which peers. */
    String description();

    /** The rules the suite checks, e.g. {@code F-03, F-05, F-10, F-14}. */
    List<String> facts();

    /** The objects of {@code estate} the suite applies to, in document order. */
    List<EObject> targets(Estate estate);

    /**
     * Runs the checks on {@code target} (one of {@link #targets(Estate)}).
     *
     * @return the results in the order the checks ran, at least one
     */
    List<CheckResult> run(EObject target, LiveTestContext context);
}
