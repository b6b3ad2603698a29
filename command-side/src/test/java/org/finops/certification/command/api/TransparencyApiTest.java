package org.finops.certification.command.api;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.finops.certification.events.CloudEvent;
import org.finops.certification.events.EventTypes;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.Eventually;
import org.finops.certification.testing.GoVerifier;
import org.finops.certification.testing.TopicReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stored event is a leaf of the transparency log, covered by a signed checkpoint within seconds; Go's
 * verifier accepts the checkpoint's signature, each event's inclusion (its leaf matching the event as published on
 * Kafka) and the consistency of an early checkpoint with a later one. The endpoints need no token.
 */
class TransparencyApiTest extends ApiTestBase {
    private static final String LOG = "/api/v1/transparency";
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyEventIsALeafThatGoVerifiesAgainstASignedCheckpoint() throws Exception {
        String memberId = certifiedMember("tlog");
        List<String> eventIds = jdbc.queryForList("SELECT event_identifier FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? ORDER BY sequence_number", String.class, memberId);
        Checkpoint early = coveringAll(eventIds);
        String otherMember = registerMember("tlog-later", "LT_100");
        String later = jdbc.queryForObject("SELECT event_identifier FROM domain_event_entry"
                + " WHERE aggregate_identifier = ?", String.class, otherMember);
        Checkpoint late = coveringAll(List.of(later));
        String key = get(LOG + "/key").body().strip();
        List<ConsumerRecord<String, byte[]>> published = TopicReader.readUntil(TopicReader.EVENTS, read -> read.stream()
                .filter(r -> memberId.equals(r.key())).count() >= eventIds.size(), Duration.ofSeconds(60));

        List<String> checks = new ArrayList<>();
        checks.add("note " + key + " " + Base64.getEncoder().encodeToString(late.note.getBytes(StandardCharsets.UTF_8)));
        List<String> types = new ArrayList<>();
        for (String eventId : eventIds) {
            Api.Reply found = get(LOG + "/events/" + eventId);
            assertThat(found.status()).as(found.toString()).isEqualTo(200);
            long index = found.json().path("index").asLong();
            byte[] leaf = bytes(get(LOG + "/leaves/" + index));
            JsonNode fields = json.readTree(leaf);
            ConsumerRecord<String, byte[]> record = published.stream().filter(r -> eventId.equals(header(r))).findFirst()
                    .orElseThrow();
            assertThat(fields.path("eventId").asString()).isEqualTo(eventId);
            String actor = jdbc.queryForObject("SELECT convert_from(meta_data, 'UTF8')::json ->> 'actor' FROM"
                    + " domain_event_entry WHERE event_identifier = ?", String.class, eventId);
            assertThat(new String(leaf, StandardCharsets.UTF_8)).as("a public leaf names no person")
                    .doesNotContain(actor);
            assertThat(fields.path("memberId").asString()).isEqualTo(memberId);
            assertThat(fields.path("dataSha256").asString()).as("the data as published on Kafka")
                    .isEqualTo(sha256Hex(record.value()));
            types.add(fields.path("type").asString());
            JsonNode proof = get(LOG + "/proofs/inclusion?index=" + index + "&size=" + late.size).json();
            checks.add("inclusion " + index + " " + late.size + " " + late.root + " "
                    + Base64.getEncoder().encodeToString(leaf) + " " + hashes(proof));
        }
        JsonNode consistency = get(LOG + "/proofs/consistency?from=" + early.size + "&to=" + late.size).json();
        checks.add("consistency " + early.size + " " + late.size + " " + early.root + " " + late.root + " "
                + hashes(consistency));

        assertThat(types).as("every type the lifecycle stored").containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?", String.class, memberId)
                .stream().map(TransparencyApiTest::ceType).toList());
        assertThat(GoVerifier.check(checks)).as(String.join("\n", checks)).allMatch(answer -> answer.equals("ok"));
    }

    @Test
    void eachLeafIsAnnouncedWithItsIndexOnTheLeavesTopic() {
        String memberId = certifiedMember("tlog-announced");
        List<String> eventIds = jdbc.queryForList("SELECT event_identifier FROM domain_event_entry"
                + " WHERE aggregate_identifier = ?", String.class, memberId);

        List<ConsumerRecord<String, byte[]>> announced = TopicReader.readUntil(TopicReader.LEAVES, read -> read.stream()
                .map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(eventIds), Duration.ofSeconds(60));

        for (String eventId : eventIds) {
            JsonNode last = announced.stream().filter(record -> eventId.equals(record.key()))
                    .map(record -> json.readTree(record.value())).reduce((first, second) -> second).orElseThrow();
            assertThat(last.path("eventId").asString()).isEqualTo(eventId);
            assertThat(last.path("leafIndex").asLong()).as("the index the log answers for " + eventId)
                    .isEqualTo(get(LOG + "/events/" + eventId).json().path("index").asLong());
        }
    }

    @Test
    void aProofBeyondTheLogIsABadRequestNamingEachParameter() {
        Api.Reply beyond = get(LOG + "/proofs/inclusion?index=-1&size=" + Long.MAX_VALUE);
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(beyond.body()).contains("index", "size");
        assertThat(get(LOG + "/proofs/consistency?from=0&to=1").status()).isEqualTo(400);
        assertThat(get(LOG + "/leaves/" + Long.MAX_VALUE).status()).isEqualTo(404);
        assertThat(get(LOG + "/events/no-such-event").status()).isEqualTo(404);
    }

    /** The first checkpoint whose tree holds every one of these events. */
    private Checkpoint coveringAll(List<String> eventIds) {
        return Eventually.until(Duration.ofSeconds(20), () -> {
            Api.Reply checkpoint = get(LOG + "/checkpoint");
            long last = eventIds.stream().mapToLong(id -> {
                Api.Reply index = get(LOG + "/events/" + id);
                return index.status() == 200 ? index.json().path("index").asLong() : Long.MAX_VALUE;
            }).max().orElseThrow();
            return checkpoint.status() == 200 ? new Checkpoint(checkpoint.body(), last) : new Checkpoint("", last);
        }, checkpoint -> checkpoint.size > checkpoint.last && checkpoint.last != Long.MAX_VALUE);
    }

    private static String ceType(String payloadType) {
        try {
            return EventTypes.of(Class.forName(payloadType)).orElseThrow().ceType();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private Api.Reply get(String path) {
        return api.send("GET", path, null, null, Map.of());
    }

    private static byte[] bytes(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.body().getBytes(StandardCharsets.UTF_8);
    }

    private static String hashes(JsonNode proof) {
        List<String> hashes = new ArrayList<>();
        proof.path("hashes").forEach(hash -> hashes.add(hash.asString()));
        return hashes.isEmpty() ? "-" : String.join(",", hashes);
    }

    private static String header(ConsumerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader(CloudEvent.H_ID);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String sha256Hex(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    /** A checkpoint as served, with the last leaf it had to cover. */
    private static final class Checkpoint {
        final String note;
        final long last;
        final long size;
        final String root;

        Checkpoint(String note, long last) {
            this.note = note;
            this.last = last;
            String[] lines = note.split("\n");
            this.size = lines.length > 2 ? Long.parseLong(lines[1]) : 0;
            this.root = lines.length > 2 ? lines[2] : "";
        }
    }
}
