package io.patchbay.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A software release or firmware version as a vendor writes it, with numeric ordering.
 * <p>
 * This is the value type behind the {@code SoftwareVersion} data type of the estate model (system releases, device
 * firmware). It accepts the forms found in the vendor documents:
 * <ul>
 * <li>{@code "V2R7"}, {@code "V1R3.2"}, {@code "V2R2.26.19"} (release with a version and an "R" part),</li>
 * <li>{@code "V3 R0.40.4"}, {@code "V1 R2.8.0"} (the same with a blank before the "R"),</li>
 * <li>{@code "V2.0.12"} and plain dotted numbers such as {@code "31.72.0.48"} or {@code "2.17"}.</li>
 * </ul>
 * The numbers are compared left to right, missing trailing numbers counting as 0: {@code V2R7 = V2R7.0 < V2R7.1},
 * {@code V3 R0.40.4 < V3 R5.12.0}, {@code V2R5.11.01 = V2R5.11.1}. Comparing versions of different products (a Yealink
 * firmware with an OpenStage firmware) is allowed but means nothing.
 * <p>
 * {@link #toString()} returns the text exactly as it was parsed, so an estate file keeps the vendor's spelling;
 * {@link #equals(Object)} is consistent with {@link #compareTo(SoftwareVersion)} ({@code "V2R7"} equals
 * {@code "V2 R7"}).
 */
public final class SoftwareVersion implements Comparable<SoftwareVersion> {

    // V<major> [blank] R<minor>.<more>... | V<n>.<n>... | <n>.<n>...
    private static final Pattern FORM = Pattern.compile("(?i)(?:V\\s*)?(\\d+)(?:\\s*R\\s*(\\d+))?((?:\\.\\d+)*)");

    private final String text;
    private final int[] numbers;

    private SoftwareVersion(String text, int[] numbers) {
        this.text = text;
        this.numbers = numbers;
    }

    /**
     * Parses a version in one of the forms described above; blanks around it are ignored.
     *
     * @param text the version as written
     * @return the version; its {@link #toString()} is {@code text} without surrounding blanks
     * @throws IllegalArgumentException if the text is not a version in one of those forms
     */
    public static SoftwareVersion parse(String text) {
        String s = text == null ? "" : text.strip();
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a software version (e.g. V2R7, V3 R0.40.4, 31.72.0.48): '" + text
                    + "'");
        }
        List<Integer> parts = new ArrayList<>();
        try {
            parts.add(Integer.parseInt(m.group(1)));
            if (m.group(2) != null) {
                parts.add(Integer.parseInt(m.group(2)));
            }
            for (String more : m.group(3).split("\\.")) {
                if (!more.isEmpty()) {
                    parts.add(Integer.parseInt(more));
                }
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("version number too large: '" + text + "'", e);
        }
        return new SoftwareVersion(s, parts.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Returns the numbers of the version, most significant first (e.g. {@code [3, 0, 40, 4]} for
     * {@code "V3 R0.40.4"}).
     *
     * @return a new list of the numbers as written (trailing zeros kept)
     */
    public List<Integer> numbers() {
        return Arrays.stream(numbers).boxed().toList();
    }

    /**
     * Tells whether this version is the same as or newer than another.
     *
     * @param other the version to compare with
     * @return {@code compareTo(other) >= 0}
     */
    public boolean isAtLeast(SoftwareVersion other) {
        return compareTo(other) >= 0;
    }

    /**
     * Tells whether this version is the same as or newer than a version given as text.
     *
     * @param other the version to compare with, in a form {@link #parse(String)} accepts
     * @return {@code compareTo(parse(other)) >= 0}
     */
    public boolean isAtLeast(String other) {
        return isAtLeast(parse(other));
    }

    @Override
    public int compareTo(SoftwareVersion other) {
        int length = Math.max(numbers.length, other.numbers.length);
        for (int i = 0; i < length; i++) {
            int c = Integer.compare(number(i), other.number(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private int number(int index) {
        return index < numbers.length ? numbers[index] : 0;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof SoftwareVersion other && compareTo(other) == 0;
    }

    @Override
    public int hashCode() {
        int significant = numbers.length;
        while (significant > 0 && numbers[significant - 1] == 0) {
            significant--;
        }
        return Arrays.hashCode(Arrays.copyOf(numbers, significant));
    }

    /**
     * Returns the version as it was written.
     *
     * @return the parsed text, e.g. {@code "V3 R0.40.4"}
     */
    @Override
    public String toString() {
        return text;
    }
}
