package nl.naober.fuzz;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitrary;

/**
 * The one source of randomness of a run: jqwik arbitraries drawn with a {@link Random} of a fixed seed, so the same
 * seed gives the same inputs in the same order (the responses never feed back into the generation).
 */
final class Draw {

    /** jqwik's "genSize": how far its generators spread; 1000 is what a property uses by default. */
    private static final int GEN_SIZE = 1000;

    private final Random random;

    Draw(long seed) {
        this.random = new Random(seed);
    }

    <T> T from(Arbitrary<T> arbitrary) {
        return arbitrary.generator(GEN_SIZE).next(random).value();
    }

    <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    /** A random (version 4) UUID: no record anywhere has it. */
    UUID uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    String letters(int length) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < length; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }
}
