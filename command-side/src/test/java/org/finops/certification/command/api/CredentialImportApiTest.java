package org.finops.certification.command.api;

import org.finops.certification.testing.Api;
import org.finops.certification.contract.CsvRecords;
import org.finops.certification.testing.Eventually;
import org.finops.certification.testing.ImportFiles;
import org.finops.certification.testing.Tokens;
import org.finops.certification.testing.TopicReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bulk import of individual certifications: the dry run's report names every problem of every bad row, the run
 * records each good row as an IndividualCertificationRecorded event naming the import, the same file again records
 * nothing, and a file that cannot be imported is refused with every problem at once.
 */
class CredentialImportApiTest extends ApiTestBase {

    @Test
    void aDryRunReportsEveryProblemThenTheRunRecordsTheGoodRowsOnce() {
        String memberId = registerMember("bulk", "5000_PLUS");
        List<String> heldElsewhere = ImportFiles.heldElsewhere(lifecycle(), memberId);
        ImportFiles.File file = ImportFiles.withTwentyBadRows(memberId, 980, heldElsewhere);
        assertThat(file.rows()).isEqualTo(1000);
        String member = Tokens.member(memberId);

        Api.Reply dryRun = upload(memberId, member, file.csv(), true);
        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(202);
        String importId = dryRun.text("importId");
        assertThat(dryRun.header("Location")).isEqualTo("/api/v1/imports/" + importId);
        JsonNode validated = status(importId, member);
        assertThat(validated.path("state").asString()).isEqualTo("VALIDATED");
        assertThat(validated.path("rows").asInt()).isEqualTo(1000);
        assertThat(validated.path("valid").asInt()).isEqualTo(980);
        assertThat(validated.path("refused").asInt()).isEqualTo(20);
        assertThat(validated.path("progress").asDouble()).isZero();
        Map<Integer, Report> dryReport = report(importId, member);
        assertThat(dryReport).hasSize(1000);
        file.badLines().forEach((line, columns) -> {
            Report row = dryReport.get(line);
            assertThat(row.outcome()).as("line %d", line).isEqualTo("REFUSED");
            assertThat(columnsNamed(row.problems())).as("line %d: %s", line, row.problems())
                    .containsExactlyInAnyOrderElementsOf(columns);
        });
        assertThat(dryReport.values().stream().filter(r -> r.outcome().equals("VALID")).count()).isEqualTo(980);
        assertThat(dryReport.values()).anyMatch(r -> r.credentialId().equals("'=1+2"));
        assertThat(dryReport.values()).anyMatch(r -> r.problems().contains("already counted for another organisation"));
        assertThat(eventsOf(memberId, "IndividualCertificationRecorded")).isZero();

        assertThat(api.post("/api/v1/imports/" + importId + "/run", member, null).status()).isEqualTo(202);
        JsonNode done = untilDone(importId, member);
        assertThat(done.path("recorded").asInt()).isEqualTo(980);
        assertThat(done.path("refused").asInt()).isEqualTo(20);
        assertThat(done.path("progress").asDouble()).isEqualTo(1.0);
        assertThat(api.post("/api/v1/imports/" + importId + "/run", member, null).status()).isEqualTo(409);
        Map<Integer, Report> report = report(importId, member);
        assertThat(report.values().stream().filter(r -> r.outcome().equals("RECORDED")).map(Report::credentialId)
                .collect(Collectors.toSet())).isEqualTo(new HashSet<>(file.goodIds()));
        assertThat(eventsOf(memberId, "IndividualCertificationRecorded")).isEqualTo(980);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND convert_from(meta_data, 'UTF8') LIKE ?", Long.class, memberId, "%bulk import " + importId
                + ", line %")).isEqualTo(980);
        var eventIds = new HashSet<>(jdbc.queryForList("SELECT event_identifier FROM domain_event_entry"
                + " WHERE aggregate_identifier = ?", String.class, memberId));
        assertThat(TopicReader.idsAmong(TopicReader.EVENTS, eventIds, Duration.ofSeconds(90))).isEqualTo(eventIds);

        Api.Reply again = upload(memberId, member, file.csv(), false);
        assertThat(again.status()).as(again.toString()).isEqualTo(202);
        JsonNode nothingNew = untilDone(again.text("importId"), member);
        assertThat(nothingNew.path("recorded").asInt()).isZero();
        assertThat(nothingNew.path("alreadyRecorded").asInt()).isEqualTo(980);
        assertThat(nothingNew.path("refused").asInt()).isEqualTo(20);
        assertThat(report(again.text("importId"), member).get(2).problems())
                .isEqualTo("credentialId: already recorded for this member, so not recorded again");
        assertThat(eventsOf(memberId, "IndividualCertificationRecorded")).isEqualTo(980);
        Api.Reply latest = api.send("GET", imports(memberId), member, null, Map.of());
        assertThat(latest.json().path("items").valueStream().map(i -> i.path("importId").asString()).toList())
                .as("newest first").containsExactly(again.text("importId"), importId);
    }

    @Test
    void aFileThatCannotBeImportedIsRefusedWithEveryProblemAtOnce() {
        String memberId = registerMember("bulk-bad", "LT_100");
        String member = Tokens.member(memberId);
        Api.Reply header = upload(memberId, member, "person,type,credentialId,issuedOn,expiresOn,notes\r\n", false);
        assertThat(header.status()).as(header.toString()).isEqualTo(400);
        assertThat(header.body()).contains("lacks personId").contains("unknown column(s) person, notes");
        Api.Reply tooMany = upload(memberId, member, ImportFiles.good(memberId, 5001).csv(), true);
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(400);
        assertThat(tooMany.body()).contains("at most 5000 rows");
        Api.Reply notUtf8 = api.send("POST", imports(memberId), member, new String(new byte[]{(byte) 0xC3, 0x28},
                StandardCharsets.ISO_8859_1), Map.of("Content-Type", "text/csv; charset=ISO-8859-1"));
        assertThat(notUtf8.status()).as(notUtf8.toString()).isEqualTo(400);
        Api.Reply json = api.send("POST", imports(memberId), member, "{}", Map.of());
        assertThat(json.status()).as(json.toString()).isEqualTo(415);
        Api.Reply huge = upload(memberId, member, ImportFiles.HEADER + "\r\n" + "x".repeat(1_100_000), true);
        assertThat(huge.status()).as(huge.toString()).isEqualTo(400);
        assertThat(huge.body()).contains("1048576 bytes");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM credential_import WHERE member_id = ?", Long.class,
                memberId)).isZero();
    }

    @Test
    void aMemberImportsOnlyForItselfAndReadsOnlyItsOwnImports() {
        String memberId = registerMember("bulk-own", "LT_100");
        String csv = ImportFiles.good(memberId, 3).csv();
        assertThat(upload(memberId, Tokens.member("intruder"), csv, false).status()).isEqualTo(403);
        assertThat(upload(memberId, null, csv, false).status()).isEqualTo(401);
        Api.Reply byStaff = upload(memberId, Tokens.staff(), csv, true);
        assertThat(byStaff.status()).as(byStaff.toString()).isEqualTo(202);
        String importId = byStaff.text("importId");
        String path = "/api/v1/imports/" + importId;
        assertThat(api.send("GET", path, Tokens.member("intruder"), null, Map.of()).status()).isEqualTo(403);
        assertThat(api.send("GET", path + "/report.csv", Tokens.member("intruder"), null, Map.of()).status())
                .isEqualTo(403);
        assertThat(api.post(path + "/run", Tokens.member("intruder"), null).status()).isEqualTo(403);
        assertThat(api.send("GET", imports(memberId), Tokens.member("intruder"), null, Map.of()).status())
                .isEqualTo(403);
        assertThat(api.send("GET", "/api/v1/imports/no-such-import", Tokens.staff(), null, Map.of()).status())
                .isEqualTo(404);
        assertThat(upload("no-such-member", Tokens.staff(), csv, true).status()).isEqualTo(404);
        assertThat(status(importId, Tokens.member(memberId)).path("valid").asInt()).isEqualTo(3);
    }

    private record Report(String credentialId, String outcome, String problems) {
    }

    private Api.Reply upload(String memberId, String token, String csv, boolean dryRun) {
        return api.send("POST", imports(memberId) + (dryRun ? "?dryRun=true" : ""), token, csv,
                Map.of("Content-Type", "text/csv"));
    }

    private static String imports(String memberId) {
        return MEMBERS + "/" + memberId + "/individual-certifications/imports";
    }

    private JsonNode status(String importId, String token) {
        Api.Reply reply = api.send("GET", "/api/v1/imports/" + importId, token, null, Map.of());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private JsonNode untilDone(String importId, String token) {
        return Eventually.until(Duration.ofSeconds(120), () -> status(importId, token),
                state -> state.path("state").asString().equals("DONE"));
    }

    /** The report by row, read with a CSV reader of its own: a quoted cell may hold commas and quotes. */
    private Map<Integer, Report> report(String importId, String token) {
        Api.Reply reply = api.send("GET", "/api/v1/imports/" + importId + "/report.csv", token, null, Map.of());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/csv");
        List<List<String>> records = CsvRecords.parse(reply.body());
        assertThat(records.getFirst()).containsExactly("row", "credentialId", "outcome", "problems");
        return records.stream().skip(1).collect(Collectors.toMap(r -> Integer.parseInt(r.get(0)),
                r -> new Report(r.get(1), r.get(2), r.get(3))));
    }

    /** The columns a report's problems cell names, each problem being "column: what is wrong". */
    private static List<String> columnsNamed(String problems) {
        return java.util.Arrays.stream(problems.split("; ")).map(p -> p.substring(0, p.indexOf(':'))).toList();
    }
}
