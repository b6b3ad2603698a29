package org.finops.certification.e2e;

import org.finops.certification.contract.ApiPaths;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.Eventually;
import org.finops.certification.testing.ImportFiles;
import org.finops.certification.testing.LifecycleClient;
import org.finops.certification.testing.Sql;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command side SIGKILLed in the middle of a bulk import: the restarted one takes the import over once its lease
 * has passed and ends it with every good row recorded exactly once, the report saying so row by row, and the query
 * side holding each of them.
 */
@Tag("faults")
class ImportAcrossKillTest {
    private static final int GOOD_ROWS = 3_000;

    @Test
    void anImportInterruptedByASigkillEndsWithEveryGoodRowRecordedOnce() throws Exception {
        try (Stack stack = Stack.start("PT1M", 1)) {
            Api command = new Api(stack.commandSide.port());
            String memberId = "bulk-kill-" + UUID.randomUUID().toString().substring(0, 8);
            LifecycleClient lifecycle = new LifecycleClient(command::post, LifecycleClient.SHIPPED_CAPABILITIES);
            assertThat(lifecycle.register(memberId, "Bulk Kill Ltd", "5000_PLUS").status()).isEqualTo(201);
            ImportFiles.File file = ImportFiles.withTwentyBadRows(memberId, GOOD_ROWS,
                    ImportFiles.heldElsewhere(lifecycle, memberId));
            String token = Tokens.member(memberId);

            Api.Reply uploaded = command.send("POST", ApiPaths.credentialImports(memberId), token, file.csv(),
                    Map.of("Content-Type", "text/csv"));
            assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(202);
            String importId = uploaded.text("importId");
            JsonNode underWay = Eventually.until(Duration.ofSeconds(60), Duration.ofMillis(50),
                    () -> status(command, importId, token), s -> s.path("recorded").asInt() >= 200);
            stack.commandSide.kill();
            assertThat(underWay.path("recorded").asInt()).as("killed in the middle").isLessThan(GOOD_ROWS);
            stack.commandSide.restart();
            stack.commandSide.awaitHealthy();

            Api restarted = new Api(stack.commandSide.port());
            JsonNode done = Eventually.until(Duration.ofSeconds(180), Duration.ofMillis(500),
                    () -> status(restarted, importId, token), s -> s.path("state").asString().equals("DONE"));
            assertThat(done.path("recorded").asInt()).isEqualTo(GOOD_ROWS);
            assertThat(done.path("refused").asInt()).isEqualTo(20);
            List<String> stored = Sql.strings(stack.commandDatabase, "SELECT convert_from(payload, 'UTF8')::json"
                    + " ->> 'credentialId' FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type"
                    + " LIKE '%.IndividualCertificationRecorded'", memberId);
            assertThat(stored).as("each good row's event, once").hasSize(GOOD_ROWS)
                    .containsExactlyInAnyOrderElementsOf(file.goodIds());
            Api.Reply report = restarted.send("GET", ApiPaths.credentialImportReport(importId), token, null, Map.of());
            assertThat(report.body().lines().filter(line -> line.contains(",RECORDED,")).count())
                    .isEqualTo(GOOD_ROWS);

            Api query = new Api(stack.querySides.get(0).port());
            JsonNode held = Eventually.until(Duration.ofSeconds(60), () -> query.send("GET",
                    ApiPaths.credentials(memberId), token, null, Map.of()).json(),
                    h -> h.path("items").size() >= GOOD_ROWS);
            var ids = new HashSet<String>();
            held.path("items").forEach(item -> ids.add(item.path("credentialId").asString()));
            assertThat(ids).containsExactlyInAnyOrderElementsOf(file.goodIds());
        }
    }

    private static JsonNode status(Api api, String importId, String token) {
        Api.Reply reply = api.send("GET", ApiPaths.credentialImport(importId), token, null, Map.of());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }
}
