package nl.naober.account;

import java.security.SecureRandom;

/**
 * One-time passwords: 20 characters from 54 letters and digits that cannot be mistaken for each other (no 0/O,
 * 1/l/I), about 115 bits from {@link SecureRandom}.
 */
final class OneTimePasswords {

    static final int LENGTH = 20;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {}

    static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
