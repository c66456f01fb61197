package io.patchbay.cli;

/**
 * Exit codes of the {@code patchbay} command line. Scripts may rely on them.
 *
 * @since 0.1
 */
public final class ExitCodes {

    /** Everything asked for was done, and found nothing wrong. */
    public static final int OK = 0;
    /** The command ran and found problems in its input (for example validation errors in an estate). */
    public static final int FINDINGS = 1;
    /** Unknown command, bad option or argument, or an input that cannot be read. */
    public static final int USAGE = 2;
    /** An apply ran, and some devices failed. */
    public static final int SOME_FAILED = 3;
    /** A live test ran, and some checks failed. */
    public static final int TESTS_FAILED = 4;
    /** A defect in Patchbay itself; the log has the details. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}
