package org.finops.certification.servers;

import java.util.Map;

/**
 * The settings that make a committed transaction survive a crash of the machine, as on a production server. An
 * embedded server (zonky) starts without them ({@code -F}, {@code synchronous_commit=off}): fast for tests, but
 * the local stack keeps real data and the benchmark compares against a production server, so both ask for these.
 */
public final class PostgresDurability {
    public static final Map<String, String> SETTINGS =
            Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

    private PostgresDurability() {
    }
}
