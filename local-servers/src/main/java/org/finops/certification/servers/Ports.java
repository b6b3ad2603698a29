package org.finops.certification.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/** Free local ports for servers started on one machine beside others. */
public final class Ports {
    private Ports() {
    }

    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Several free ports, all different: each is held open until all are found, since a port freed at once may be
     * handed out again by the next call (two servers of one test then started on the same port).
     */
    public static int[] free(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                held.add(new ServerSocket(0));
            }
            return held.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // the port is free either way
                }
            }
        }
    }

    /** A free port whose successor is free too (a Kafka broker takes it for its controller). */
    public static int freePair() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int candidate = free();
            if (candidate < 65535 && !accepts(candidate + 1)) {
                try (ServerSocket next = new ServerSocket(candidate + 1)) {
                    return candidate;
                } catch (IOException taken) {
                    // try another pair
                }
            }
        }
        throw new IllegalStateException("no two consecutive free ports");
    }

    public static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
