package nl.naober.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What the kernel says a process holds in memory, for the benchmarks' tables. */
final class ProcessMemory {

    private ProcessMemory() {}

    /** Resident set size in MiB from {@code /proc/<pid>/status}; -1 when the kernel does not say. */
    static long rssMebibytes(long pid) throws IOException {
        try (Stream<String> status = Files.lines(Path.of("/proc", String.valueOf(pid), "status"))) {
            return status.filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
                    .findFirst()
                    .orElse(-1L);
        }
    }
}
