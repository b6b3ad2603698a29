package org.finops.certification.command.api;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.Tokens;
import org.finops.certification.testing.TopicReader;
import org.finops.certification.events.CloudEvent;
import org.finops.certification.events.EventTypes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Every stored event reaches certification.events.v1 as a CloudEvent a subscriber in any language can trust. */
class PublicationApiTest extends ApiTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @Test
    void aScriptedLifecycleArrivesInOrderWithTheContractsHeadersAndValidJson() {
        String memberId = certifiedMember("published");
        String certificationId = certificationOf(memberId);
        api.post("/api/v1/certifications/" + certificationId + "/transfer", Tokens.staff(),
                Map.of("toMemberId", "buyer", "reason", "acquisition"));
        api.post("/api/v1/certifications/" + certificationId + "/revoke", Tokens.staff(), Map.of("reason", "misuse"));
        List<StoredEvent> stored = storedEventsOf(memberId);

        List<ConsumerRecord<String, byte[]>> records = recordsOf(memberId, stored.size());

        assertThat(records).hasSize(stored.size());
        assertThat(records.stream().map(r -> header(r, CloudEvent.H_ID)).toList())
                .as("in the order written").isEqualTo(stored.stream().map(StoredEvent::id).toList());
        assertThat(records.stream().map(r -> header(r, CloudEvent.H_TYPE)).distinct().toList()).contains(
                "org.finops.certification.MemberRegistered.v1",
                "org.finops.certification.IndividualCertificationRecorded.v1",
                "org.finops.certification.ApplicationSubmitted.v1", "org.finops.certification.ApplicationApproved.v1",
                "org.finops.certification.CertificationGranted.v1", "org.finops.certification.TransferRefused.v1",
                "org.finops.certification.CertificationRevoked.v1");
        for (ConsumerRecord<String, byte[]> record : records) {
            assertThat(record.key()).isEqualTo(memberId);
            assertThat(header(record, CloudEvent.H_SPEC_VERSION)).isEqualTo("1.0");
            assertThat(header(record, CloudEvent.H_SOURCE)).isNotBlank();
            assertThat(header(record, CloudEvent.H_SUBJECT)).isEqualTo(memberId);
            assertThat(header(record, CloudEvent.H_TIME)).isNotBlank();
            assertThat(header(record, CloudEvent.H_CONTENT_TYPE)).isEqualTo("application/json");
            assertThat(header(record, CloudEvent.H_MEMBER_ID)).isEqualTo(memberId);
            assertThat(header(record, CloudEvent.H_ACTOR)).isNotBlank();
            assertThat(header(record, CloudEvent.H_CORRELATION_ID)).isNotBlank();
            Schema schema = schemaOf(header(record, CloudEvent.H_TYPE));
            assertThat(schema.validate(JSON.readTree(record.value()))).as(new String(record.value())).isEmpty();
        }
        ConsumerRecord<String, byte[]> grant = records.stream()
                .filter(r -> header(r, CloudEvent.H_TYPE).endsWith("CertificationGranted.v1")).findFirst().orElseThrow();
        assertThat(header(grant, CloudEvent.H_POLICY_VERSION)).isEqualTo("2025-1");
        assertThat(header(grant, CloudEvent.H_ACTOR)).isEqualTo("staff-ana");
    }

    @Test
    void eachMembersEventsStayInOrderUnderConcurrentLoad() throws Exception {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            members.add(registerMember("ordered" + i, "LT_100"));
        }
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int n = 0; n < 10; n++) {
            for (String memberId : members) {
                int credential = n;
                replies.add(clients.submit(() -> api.post(MEMBERS + "/" + memberId + "/individual-certifications",
                        Tokens.staff(), Map.of("personId", "p" + credential, "type", "ENGINEER",
                                "credentialId", memberId + "-c" + credential, "issuedOn", "2025-01-01"))));
            }
        }
        for (Future<Api.Reply> reply : replies) {
            assertThat(reply.get().status()).isEqualTo(201);
        }
        clients.shutdown();

        Map<String, List<String>> expected = new HashMap<>();
        members.forEach(memberId -> expected.put(memberId, storedEventsOf(memberId).stream().map(StoredEvent::id).toList()));
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(TopicReader.EVENTS,
                read -> members.stream().allMatch(m -> ofMember(read, m).size() >= 11), Duration.ofSeconds(60));

        for (String memberId : members) {
            List<String> published = ofMember(records, memberId).stream().map(r -> header(r, CloudEvent.H_ID))
                    .distinct().toList();
            assertThat(published).as(memberId).isEqualTo(expected.get(memberId));
            List<ConsumerRecord<String, byte[]>> ofMember = ofMember(records, memberId);
            assertThat(ofMember.stream().map(ConsumerRecord::partition).distinct()).as("one partition").hasSize(1);
        }
    }

    private List<ConsumerRecord<String, byte[]>> recordsOf(String memberId, int expected) {
        return ofMember(TopicReader.readUntil(TopicReader.EVENTS, read -> ofMember(read, memberId).size() >= expected,
                Duration.ofSeconds(60)), memberId);
    }

    private static List<ConsumerRecord<String, byte[]>> ofMember(List<ConsumerRecord<String, byte[]>> records,
                                                                 String memberId) {
        return records.stream().filter(r -> memberId.equals(r.key())).toList();
    }

    List<StoredEvent> storedEventsOf(String memberId) {
        return jdbc.query("SELECT event_identifier, payload_type FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ? ORDER BY global_index",
                (row, n) -> new StoredEvent(row.getString(1), row.getString(2)), memberId);
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Schema schemaOf(String ceType) {
        String resource = EventTypes.ofCeType(ceType).orElseThrow().schemaResource();
        try (InputStream in = PublicationApiTest.class.getClassLoader().getResourceAsStream(resource)) {
            return SCHEMAS.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record StoredEvent(String id, String type) {
    }
}
