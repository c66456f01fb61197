package io.patchbay.simulator.osbiz.internal;

/**
 * The system's password policy for station passwords (F-07, F-20), as the twin enforces it: 8 to 32 characters with
 * an upper-case letter, a lower-case letter and a digit; not containing the station's call number; no character three
 * times in a row.
 */
public final class PasswordPolicy {

    private PasswordPolicy() {
    }

    public static boolean accepts(String password, int callNumber) {
        if (password.length() < 8 || password.length() > 32) {
            return false;
        }
        if (password.chars().noneMatch(Character::isUpperCase) || password.chars().noneMatch(Character::isLowerCase)
                || password.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        if (password.contains(Integer.toString(callNumber))) {
            return false;
        }
        for (int i = 2; i < password.length(); i++) {
            if (password.charAt(i) == password.charAt(i - 1) && password.charAt(i) == password.charAt(i - 2)) {
                return false;
            }
        }
        return true;
    }
}
