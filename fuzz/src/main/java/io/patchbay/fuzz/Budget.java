package io.patchbay.fuzz;

import java.lang.management.ManagementFactory;
import java.util.HexFormat;

/**
 * The checks every target makes beyond "no unexpected exception": one input is handled within a time and an
 * allocation budget that grow linearly with its size. A parser that is quadratic, loops, or allocates what a length
 * field claims instead of what arrived fails here long before it would exhaust the JVM.
 * <p>
 * Allocation is counted per thread by the JVM. The first run of a code path also loads and instruments classes, and
 * time is noisy on a loaded machine (GC, JIT, other builds), so an input over budget is run once more and fails only
 * when it is over budget twice.
 */
public final class Budget {

    /** Fixed part of the time budget, and how much more each input byte may cost. */
    static final long BASE_NANOS = 250_000_000L;
    static final long NANOS_PER_BYTE = 20_000L;
    /**
     * Fixed part of the allocation budget, and how much more each input byte may cost. Jazzer's string-compare hooks
     * allocate on every compare in the instrumented code, and they count too: a SIP head of 23 KB allocated 4.6 MB
     * (200 bytes a byte) on a plain JVM and 22 MB under Jazzer. The quadratic continuation lines that this budget
     * caught allocated 4,100 bytes a byte at 64 KB.
     */
    static final long BASE_BYTES = 8L << 20;
    static final long BYTES_PER_BYTE = 1500L;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** One run of the code under test. */
    @FunctionalInterface
    public interface Run {
        void run() throws Exception;
    }

    private Budget() {
    }

    /** Runs {@code run} on {@code input}, failing when it takes more time or memory than the input's size allows. */
    public static void check(String what, byte[] input, Run run) throws Exception {
        long allowedNanos = BASE_NANOS + NANOS_PER_BYTE * input.length;
        long allowedBytes = BASE_BYTES + BYTES_PER_BYTE * input.length;
        Cost first = measure(run);
        if (first.nanos <= allowedNanos && first.bytes <= allowedBytes) {
            return;
        }
        // the first run of a path loads and instruments classes, and the machine may be busy: measure again
        Cost second = measure(run);
        if (second.bytes > allowedBytes) {
            throw new BudgetExceeded(what + " allocated " + second.bytes + " bytes for " + input.length
                    + " bytes of input (budget " + allowedBytes + "): " + preview(input));
        }
        if (second.nanos > allowedNanos) {
            throw new BudgetExceeded(what + " took " + first.nanos / 1_000_000 + " ms and " + second.nanos / 1_000_000
                    + " ms for " + input.length + " bytes of input (budget " + allowedNanos / 1_000_000 + " ms): "
                    + preview(input));
        }
    }

    private record Cost(long nanos, long bytes) {
    }

    private static Cost measure(Run run) throws Exception {
        long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        run.run();
        return new Cost(System.nanoTime() - start, THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore);
    }

    static String preview(byte[] input) {
        return HexFormat.of().formatHex(input, 0, Math.min(input.length, 64)) + (input.length > 64 ? "…" : "");
    }

    /** A finding: the input cost more than its size allows. */
    public static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded(String message) {
            super(message);
        }
    }

    /** A finding: a property that must hold for every accepted input did not. */
    public static final class PropertyViolated extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public PropertyViolated(String message) {
            super(message);
        }
    }

    /** Throws {@link PropertyViolated} with {@code message} unless {@code condition}. */
    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new PropertyViolated(message);
        }
    }

    /**
     * Throws {@link PropertyViolated} with the message {@code why} makes unless {@code condition}: for messages that
     * print whole messages or states, which must not count against the budget of every input that passes.
     */
    public static void require(boolean condition, java.util.function.Supplier<String> why) {
        if (!condition) {
            throw new PropertyViolated(why.get());
        }
    }
}
