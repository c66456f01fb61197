package io.patchbay.provisioning.sbc;

import java.security.SecureRandom;

import io.patchbay.model.PasswordPolicy;

/**
 * Strong station passwords (F-07, F-20): at least the policy's minimum length (and never fewer than 16 characters,
 * never more than 32, the system's maximum), an upper-case letter, a lower-case letter and a digit always, a special
 * character too when the policy asks for four classes; never the station's call number, never a character three
 * times in a row (the OSBiz refuses both). Thread-safe.
 *
 * @since 0.1
 */
public final class StationPasswords {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGIT = "23456789";
    private static final String SPECIAL = "-_.+!#%";

    private final SecureRandom random = new SecureRandom();

    /** A new password for the station with {@code callNumber} under {@code policy} ({@code null}: 8 and 3). */
    public char[] generate(PasswordPolicy policy, String callNumber) {
        int minimum = policy == null ? 8 : policy.getMinimumLength();
        int classes = policy == null ? 3 : policy.getRequiredCharacterClasses();
        int length = Math.min(32, Math.max(16, minimum));
        String[] sets = classes >= 4 ? new String[] {UPPER, LOWER, DIGIT, SPECIAL}
                : new String[] {UPPER, LOWER, DIGIT};
        String all = String.join("", sets);
        while (true) {
            char[] password = new char[length];
            for (int i = 0; i < length; i++) {
                String from = i < sets.length ? sets[i] : all;
                password[i] = from.charAt(random.nextInt(from.length()));
            }
            for (int i = length - 1; i > 0; i--) { // shuffle so the classes are not always in front
                int j = random.nextInt(i + 1);
                char c = password[i];
                password[i] = password[j];
                password[j] = c;
            }
            if (meets(password, minimum, classes, callNumber)) {
                return password;
            }
            java.util.Arrays.fill(password, '\0');
        }
    }

    /**
     * Whether {@code password} has at least {@code minimumLength} characters (and at most 32), at least
     * {@code classes} of the four character classes, no {@code callNumber} in it and no character three times in a
     * row.
     */
    public static boolean meets(char[] password, int minimumLength, int classes, String callNumber) {
        if (password.length < Math.max(8, minimumLength) || password.length > 32) {
            return false;
        }
        boolean upper = false, lower = false, digit = false, special = false;
        for (int i = 0; i < password.length; i++) {
            char c = password[i];
            upper |= Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
            digit |= Character.isDigit(c);
            special |= !Character.isLetterOrDigit(c);
            if (i >= 2 && password[i - 1] == c && password[i - 2] == c) {
                return false;
            }
        }
        int have = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (special ? 1 : 0);
        if (have < Math.max(3, classes) || !(upper && lower && digit)) {
            return false;
        }
        return callNumber == null || callNumber.isEmpty() || !new String(password).contains(callNumber);
    }
}
