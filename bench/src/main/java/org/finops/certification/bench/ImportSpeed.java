package org.finops.certification.bench;

import org.finops.certification.contract.ApiPaths;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.Eventually;
import org.finops.certification.testing.ImportFiles;
import org.finops.certification.testing.LifecycleClient;
import org.finops.certification.testing.Tokens;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;

/**
 * How fast a bulk import records: a file of 5,000 rows for a member already holding 1,000 recorded certifications,
 * from the upload to the import done, on the running command side (its query side applying the events meanwhile).
 */
final class ImportSpeed {
    private static final int HELD = 1_000;
    private static final int ROWS = 5_000;

    private ImportSpeed() {
    }

    static void phase(Report report, int commandPort, String run) {
        try (Api api = new Api(commandPort)) {
            String memberId = run + "-importer";
            LifecycleClient lifecycle = new LifecycleClient(api::post, LifecycleClient.SHIPPED_CAPABILITIES);
            if (lifecycle.register(memberId, "Bench Importer Ltd", "5000_PLUS").status() != 201) {
                throw new IllegalStateException("the importing member could not be registered");
            }
            String token = Tokens.member(memberId);
            done(api, upload(api, memberId, token, ImportFiles.good(memberId + "-held", HELD)), token, HELD);
            long started = System.nanoTime();
            done(api, upload(api, memberId, token, ImportFiles.good(memberId + "-new", ROWS)), token, ROWS);
            double seconds = (System.nanoTime() - started) / 1e9;
            report.put("import_rows_per_s", ROWS / seconds, ROWS + " rows for a member holding " + HELD
                    + ", upload to done (target: " + ROWS + " in <= 30 s)");
            report.put("import_5000_rows_s", seconds, "target <= 30");
        }
    }

    private static String upload(Api api, String memberId, String token, ImportFiles.File file) {
        Api.Reply reply = api.send("POST", ApiPaths.credentialImports(memberId), token, file.csv(),
                Map.of("Content-Type", "text/csv"));
        if (reply.status() != 202) {
            throw new IllegalStateException("the import was not accepted: " + reply);
        }
        return reply.text("importId");
    }

    private static void done(Api api, String importId, String token, int rows) {
        JsonNode state = Eventually.until(Duration.ofMinutes(5), Duration.ofMillis(100),
                () -> api.send("GET", ApiPaths.credentialImport(importId), token, null, Map.of()).json(),
                s -> "DONE".equals(s.path("state").asString()));
        if (state.path("recorded").asInt() != rows) {
            throw new IllegalStateException("the import recorded " + state.path("recorded") + " of " + rows);
        }
    }
}
