package nl.naober.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** Timing of repeated service calls, their Markdown row, the heap, and the shared results file. */
public final class BenchmarkTimings {

    private BenchmarkTimings() {}

    /** Runs {@code call} {@code warmUp} times untimed, then {@code runs} times; the sorted durations in ns. */
    public static long[] time(int warmUp, int runs, Supplier<?> call) {
        for (int i = 0; i < warmUp; i++) {
            call.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    public static String row(String operation, String data, long[] sorted) {
        return String.format(
                Locale.ROOT,
                "| %s | %s | %d | %.1f | %.1f | %.1f |%n",
                operation,
                data,
                sorted.length,
                sorted[(int) Math.ceil(0.50 * sorted.length) - 1] / 1e6,
                sorted[(int) Math.ceil(0.99 * sorted.length) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    public static long usedHeapMiB() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }

    /** Prints the report and appends it to {@code target/benchmark-results.md}. */
    public static void publish(String report) throws IOException {
        System.out.println(report);
        Path results = Path.of("target", "benchmark-results.md");
        Files.writeString(results, Files.exists(results) ? Files.readString(results) + report : report);
    }
}
