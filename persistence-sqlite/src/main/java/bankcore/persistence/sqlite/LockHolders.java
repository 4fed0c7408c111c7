package bankcore.persistence.sqlite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Names the process that holds a SQLite file's write lock, for the log, on Linux. In WAL mode the
 * writer's lock is a POSIX record lock on byte 120 of the {@code -shm} file (SQLite's
 * {@code WAL_WRITE_LOCK}); {@code /proc/locks} lists each such lock with its owner's pid. Where that
 * finds nobody (another OS, a lock taken in this very process, a file system that hides the owner),
 * it says which other processes have the file open, as {@code lsof} would, from {@code /proc/PID/fd}.
 * Everything here is best effort: it only ever describes, never decides.
 */
final class LockHolders {
    /** SQLite's WALINDEX_LOCK_OFFSET (120) plus the slot of WAL_WRITE_LOCK (0), see wal.c. */
    private static final long WAL_WRITE_LOCK_BYTE = 120;
    private static final Path PROC = Path.of("/proc");

    private LockHolders() {
    }

    /** A sentence for the log: who holds the write lock of {@code database}, or what could be found. */
    static String describe(Path database) {
        try {
            Path shm = Path.of(database + "-shm");
            Optional<Long> holder = writeLockHolder(Files.readAllLines(PROC.resolve("locks")), fileKey(shm));
            long self = ProcessHandle.current().pid();
            if (holder.isPresent()) {
                return holder.get() == self ? "a connection of this process holds it"
                        : "process " + process(holder.get()) + " holds it (/proc/locks)";
            }
            List<String> openers = openers(database, self);
            return openers.isEmpty() ? "no other process holding it was found in /proc/locks or /proc/*/fd"
                    : "no holder in /proc/locks; processes with the file open: " + String.join(", ", openers);
        } catch (IOException | RuntimeException unreadable) {
            return "its holder could not be looked up (" + unreadable.getMessage() + ")";
        }
    }

    /**
     * The pid in the line of {@code /proc/locks} that holds a WRITE lock covering the WAL write lock's
     * byte of the file {@code key} ("MAJOR:MINOR:INODE", as /proc/locks prints it).
     */
    static Optional<Long> writeLockHolder(List<String> procLocks, String key) {
        for (String line : procLocks) {
            // "1: POSIX  ADVISORY  WRITE 17116 fe:00:2148910 120 120"; a waiter's line has "->" after the id.
            String[] f = line.trim().split("\\s+");
            if (f.length < 8 || f[1].equals("->") || !f[3].equals("WRITE") || !f[5].equals(key)) {
                continue;
            }
            long start = Long.parseLong(f[6]);
            long end = f[7].equals("EOF") ? Long.MAX_VALUE : Long.parseLong(f[7]);
            if (start <= WAL_WRITE_LOCK_BYTE && WAL_WRITE_LOCK_BYTE <= end) {
                return Optional.of(Long.parseLong(f[4]));
            }
        }
        return Optional.empty();
    }

    /** The device (major and minor in hex, as glibc splits st_dev) and inode of a file, as /proc/locks keys it. */
    private static String fileKey(Path file) throws IOException {
        long dev = ((Number) Files.getAttribute(file, "unix:dev")).longValue();
        long inode = ((Number) Files.getAttribute(file, "unix:ino")).longValue();
        long major = ((dev >>> 8) & 0xfff) | ((dev >>> 32) & ~0xfffL);
        long minor = (dev & 0xff) | ((dev >>> 12) & ~0xffL);
        return String.format("%02x:%02x:%d", major, minor, inode);
    }

    private static List<String> openers(Path database, long self) throws IOException {
        Path target = database.toRealPath();
        List<String> found = new ArrayList<>();
        try (Stream<Path> processes = Files.list(PROC)) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> Long.parseLong(p.getFileName().toString()) != self)
                    .filter(p -> hasOpen(p.resolve("fd"), target))
                    .forEach(p -> found.add(process(Long.parseLong(p.getFileName().toString()))));
        }
        return found;
    }

    private static boolean hasOpen(Path fds, Path target) {
        try (Stream<Path> links = Files.list(fds)) {
            return links.anyMatch(link -> {
                try {
                    return Files.readSymbolicLink(link).equals(target);
                } catch (IOException | UnsupportedOperationException gone) {
                    return false;
                }
            });
        } catch (IOException notOurs) {
            return false; // another user's process, or one that has just exited
        }
    }

    /** "4242 (sqlite3 bank.db)": the pid and its command line, as far as it can be read. */
    private static String process(long pid) {
        try {
            byte[] raw = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("cmdline"));
            String command = new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim();
            return pid + " (" + (command.length() > 200 ? command.substring(0, 200) + "..." : command) + ")";
        } catch (IOException e) {
            return Long.toString(pid);
        }
    }
}
