package org.finops.certification.e2e;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.finops.certification.events.CloudEvent;
import org.finops.certification.servers.AppProcess;
import org.finops.certification.servers.KafkaServer;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.Eventually;
import org.finops.certification.testing.LifecycleClient;
import org.finops.certification.testing.Sql;
import org.finops.certification.testing.Tokens;
import org.finops.certification.testing.TopicReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member's event that Kafka refuses for good is parked, and the member's later events with it, whichever
 * command-side instance publishes them: here the instance that parked it is SIGKILLed, the other one takes its
 * publisher segments over, and the member's next event must be parked behind, not published ahead of the parked one.
 */
@Tag("faults")
class ParkedAcrossInstancesTest {
    /** Kafka's producer refuses a record larger than this for good: the poison of this test. */
    private static final int MAX_RECORD_BYTES = 8_000;

    @Test
    void aMembersLaterEventStaysParkedWhenAnotherInstanceTakesItsSegmentsOver() throws Exception {
        KafkaServer broker = KafkaServer.start(KafkaServer.fromClasspath(), Files.createTempDirectory("cert-parked"),
                0);
        Map<String, String> smallRecords = Map.of("SPRING_APPLICATION_JSON",
                "{\"spring.kafka.producer.properties.max.request.size\":\"" + MAX_RECORD_BYTES + "\"}");
        try (Stack stack = Stack.start("PT1M", 0, broker.bootstrapServers(), Duration.ofSeconds(10), smallRecords)) {
            AppProcess first = stack.commandSide;
            AppProcess second = stack.anotherCommandSide();
            String member = "parked-" + UUID.randomUUID().toString().substring(0, 8);
            Api toFirst = new Api(first.port());
            assertThat(toFirst.post("/api/v1/members", Tokens.staff(), Map.of("memberId", member, "legalName",
                    "Parked Corp", "sizeBand", "LT_100", "goodStanding", true, "contactEmail", "p@parked.example"))
                    .status()).isEqualTo(201);
            assertThat(toFirst.post("/api/v1/applications", Tokens.member(member), oversizedApplication(member))
                    .status()).isEqualTo(201);
            awaitParked(stack, member, 1);

            first.kill();
            Api toSecond = new Api(second.port());
            assertThat(toSecond.put("/api/v1/members/" + member + "/standing", Tokens.staff(),
                    Map.of("goodStanding", false, "reason", "fees")).status()).isEqualTo(200);
            String other = "flowing-" + UUID.randomUUID().toString().substring(0, 8);
            assertThat(toSecond.post("/api/v1/members", Tokens.staff(), Map.of("memberId", other, "legalName",
                    "Flowing Corp", "sizeBand", "LT_100", "goodStanding", true, "contactEmail", "f@flow.example"))
                    .status()).isEqualTo(201);
            List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(broker.bootstrapServers(),
                    TopicReader.EVENTS, read -> read.stream().anyMatch(record -> other.equals(record.key())),
                    Duration.ofSeconds(90));

            assertThat(records).as("the second instance publishes the other members' events")
                    .anyMatch(record -> other.equals(record.key()));
            assertThat(typesOf(records, member)).as("the parked member's events on the topic: only those before"
                    + " the parked one").containsExactly("MemberRegistered");
            awaitParked(stack, member, 2);
        } finally {
            broker.kill();
        }
    }

    /** An application whose event is larger than the producer may send: 40 claims with 400-character URLs. */
    private static Map<String, Object> oversizedApplication(String member) {
        List<Map<String, String>> capabilities = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            capabilities.add(Map.of("capabilityId", "allocation",
                    "evidenceUrl", "https://parked.example/" + "evidence-".repeat(40) + i));
        }
        Map<String, Object> application = LifecycleClient.platformApplication(member, List.of("allocation"));
        application.put("capabilities", capabilities);
        return application;
    }

    private static void awaitParked(Stack stack, String member, long events) {
        long parked = Eventually.until(Duration.ofSeconds(60), Duration.ofMillis(500), () -> Sql.count(
                stack.commandDatabase, "SELECT count(*) FROM parked_publication WHERE member_id = ?", member),
                count -> count >= events);
        assertThat(parked).as("events of " + member + " parked").isEqualTo(events);
    }

    private static List<String> typesOf(List<ConsumerRecord<String, byte[]>> records, String member) {
        return records.stream().filter(record -> member.equals(record.key()))
                .map(record -> new String(record.headers().lastHeader(CloudEvent.H_TYPE).value(),
                        StandardCharsets.UTF_8).replaceAll("^.*\\.([A-Za-z]+)\\.v\\d+$", "$1")).toList();
    }
}
