package nl.naober.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL an earlier Naober left running on the data folder. The server is a process of its own: when
 * the JVM is killed (SIGKILL, the kernel's out-of-memory killer, a crash), it keeps running and keeps the folder, and
 * a new server cannot start on it. It is stopped here before the new one starts — but only when the Naober that
 * started it is gone: a live one still holds the lock the embedded PostgreSQL library takes on the folder.
 */
final class PreviousServer {

    private static final Logger log = LoggerFactory.getLogger(PreviousServer.class);

    /** The lock file the embedded PostgreSQL library (zonky) holds on the data folder while its JVM runs. */
    static final String LOCK_FILE = "epg-lock";

    private PreviousServer() {}

    /**
     * Stops the server an earlier, dead Naober left running on {@code dataDirectory}, waiting at most {@code wait}.
     *
     * @throws IllegalStateException when a running Naober still uses the folder, or the old server does not stop
     */
    static void stopIfLeftRunning(Path dataDirectory, Duration wait) throws IOException {
        Optional<ProcessHandle> server = runningServer(dataDirectory);
        if (server.isEmpty()) {
            return;
        }
        if (heldByALiveNaober(dataDirectory)) {
            throw new IllegalStateException("The data folder " + dataDirectory.toAbsolutePath()
                    + " is in use by another running Naober: stop that one first, or give this one its own"
                    + " naober.embedded-postgres.data-dir.");
        }
        long pid = server.get().pid();
        log.warn(
                "An embedded PostgreSQL (pid {}) left running by an earlier Naober that stopped without shutting"
                        + " down holds {}: stopping it before starting a new one",
                pid,
                dataDirectory.toAbsolutePath());
        // SIGTERM is PostgreSQL's "smart" shutdown: its clients died with the old JVM, so it stops at once, cleanly.
        server.get().destroy();
        try {
            server.get().onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
            throw new IllegalStateException(
                    "The embedded PostgreSQL (pid " + pid + ") left running on " + dataDirectory.toAbsolutePath()
                            + " did not stop within " + wait.toSeconds() + " s",
                    stillRunning);
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the previous PostgreSQL to stop");
        }
        log.info("The previous embedded PostgreSQL (pid {}) has stopped", pid);
    }

    /** The live postmaster named in the folder's {@code postmaster.pid}, if it is a PostgreSQL. */
    private static Optional<ProcessHandle> runningServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        // A stale file (the server died too, or the machine restarted) names a dead or an unrelated process:
        // PostgreSQL itself recovers from that on start.
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info()
                        .command()
                        .map(command ->
                                Path.of(command).getFileName().toString().equals("postgres"))
                        .orElse(false));
    }

    private static boolean heldByALiveNaober(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (java.nio.channels.OverlappingFileLockException sameJvm) {
            return true;
        }
    }
}
