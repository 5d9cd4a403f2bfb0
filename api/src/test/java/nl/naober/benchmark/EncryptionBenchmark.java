package nl.naober.benchmark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.naober.crypto.EncryptionKeys;
import nl.naober.crypto.FieldCipher;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What encrypting a field costs: AES-256-GCM encrypt and decrypt of one value, for a short text, a typical note and
 * the longest note a form allows (4,000 characters, of which some outside ASCII). Prints p50/p99 per operation in
 * microseconds, the bytes allocated per operation and how much longer the stored form is; appends them to
 * {@code target/benchmark-results.md}. A family's file shows at most a dozen such values, so the figure to compare
 * with a request's database time is twelve decrypts. Run:
 * {@code ./mvnw -B -Pbenchmark verify -Dit.test=EncryptionBenchmark}.
 */
@Tag("benchmark")
class EncryptionBenchmark {

    private static final int WARM_UP = 20_000;
    private static final int RUNS = 50_000;

    private final FieldCipher cipher = new FieldCipher(EncryptionKeys.parse(EncryptionKeys.generate("bench")));

    @Test
    void measure() throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add(measure("short (ADHD,AUTISM)", "ADHD,AUTISM"));
        rows.add(measure("note (308 chars)", "Kennismaking verliep goed, moeder wil graag ".repeat(7)));
        rows.add(measure(
                "longest note (4,000 chars, é and €)",
                "Zorg om school, één middag € ".repeat(140).substring(0, 4000)));
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "%n### Encryption of one field, AES-256-GCM (%d runs each, after %d warm-up)%n%n"
                        + "| value | stored/plain length | encrypt p50 µs | encrypt p99 µs | decrypt p50 µs"
                        + " | decrypt p99 µs | bytes allocated per encrypt+decrypt |%n|---|---|---|---|---|---|---|%n",
                RUNS,
                WARM_UP));
        rows.forEach(report::append);
        BenchmarkTimings.publish(report.toString());
    }

    private String measure(String label, String plain) {
        String stored = cipher.encrypt(plain);
        long[] encrypt = BenchmarkTimings.time(WARM_UP, RUNS, () -> cipher.encrypt(plain));
        long[] decrypt = BenchmarkTimings.time(WARM_UP, RUNS, () -> cipher.decrypt(stored));
        if (!cipher.decrypt(stored).equals(plain)) {
            throw new AssertionError("the round trip lost the text");
        }
        return String.format(
                Locale.ROOT,
                "| %s | %.2f | %.1f | %.1f | %.1f | %.1f | %,d |%n",
                label,
                (double) stored.length() / plain.length(),
                percentile(encrypt, 0.50),
                percentile(encrypt, 0.99),
                percentile(decrypt, 0.50),
                percentile(decrypt, 0.99),
                allocatedPerRoundTrip(plain));
    }

    private long allocatedPerRoundTrip(String plain) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < RUNS; i++) {
            cipher.decrypt(cipher.encrypt(plain));
        }
        return (threads.getThreadAllocatedBytes(thread) - before) / RUNS;
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[(int) Math.ceil(p * sorted.length) - 1] / 1e3;
    }
}
