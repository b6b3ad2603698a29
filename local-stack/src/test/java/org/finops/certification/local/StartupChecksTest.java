package org.finops.certification.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each start-up failure a newcomer can cause is refused with one sentence that names the fix. */
class StartupChecksTest {

    @Test
    void aPortAnotherProgramListensOnNamesTheVariableThatMovesIt() throws IOException {
        try (ServerSocket otherPostgres = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = otherPostgres.getLocalPort();
            assertThatThrownBy(() -> StartupChecks.portFree("embedded PostgreSQL", "CERT_LOCAL_PG_PORT", port))
                    .isInstanceOf(StartupRefused.class)
                    .hasMessage("port " + port + " (embedded PostgreSQL) is already in use by another program,"
                            + " perhaps another PostgreSQL: stop it, or start with CERT_LOCAL_PG_PORT=<a free port>");
        }
    }

    @Test
    void aFreePortPasses() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        assertThatCode(() -> StartupChecks.portFree("query side", "CERT_LOCAL_QUERY_PORT", port))
                .doesNotThrowAnyException();
    }

    @Test
    void dataOfAnotherPostgresVersionIsRecognisedBeforeTheServerTriesIt(@TempDir Path data) throws IOException {
        Files.writeString(data.resolve("PG_VERSION"), "9\n");
        assertThatThrownBy(() -> StartupChecks.postgresDataReadable(data))
                .isInstanceOf(StartupRefused.class)
                .hasMessageContaining("written by PostgreSQL 9, which the embedded PostgreSQL 14 cannot open")
                .hasMessageContaining("CERT_LOCAL_DATA");

        Files.writeString(data.resolve("PG_VERSION"), StartupChecks.embeddedPostgresMajor() + "\n");
        assertThatCode(() -> StartupChecks.postgresDataReadable(data)).doesNotThrowAnyException();
    }

    @Test
    void theEmbeddedVersionIsThePinnedOne() {
        assertThat(StartupChecks.embeddedPostgresMajor()).isEqualTo("14");
    }
}
