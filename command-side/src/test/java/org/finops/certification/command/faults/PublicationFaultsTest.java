package org.finops.certification.command.faults;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.finops.certification.testing.Api;
import org.finops.certification.command.support.CommandSideProcess;
import org.finops.certification.testing.TestDatabase;
import org.finops.certification.testing.Tokens;
import org.finops.certification.testing.Sql;
import org.finops.certification.testing.TopicReader;
import org.finops.certification.servers.AppProcess;
import org.finops.certification.servers.KafkaServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publication under faults, with the command side and the broker as real processes: the set of events on the
 * topic (deduplicated by ce_id) equals the set in the store, after a SIGKILL mid-load and across a broker outage.
 */
class PublicationFaultsTest {
    private static final int COMMANDS = Integer.getInteger("cert.faults.commands", 5000);
    private static final int CREDENTIALS_PER_MEMBER = 9;

    private TestDatabase database;
    private KafkaServer broker;
    private AppProcess app;

    @BeforeEach
    void start() throws Exception {
        database = TestDatabase.another();
        broker = KafkaServer.start(KafkaServer.fromClasspath(), Files.createTempDirectory("cert-fault-kafka"), 0);
        app = CommandSideProcess.start(database, broker.bootstrapServers());
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
        if (broker != null) {
            broker.kill();
        }
    }

    @Test
    void everyStoredEventIsOnTheTopicAfterASigkillMidLoad() throws Exception {
        int members = COMMANDS / (1 + CREDENTIALS_PER_MEMBER);
        String run = UUID.randomUUID().toString().substring(0, 6);
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Instant started = Instant.now();

        load(run, 0, members / 2, accepted, refused, COMMANDS / 4);
        Instant killed = Instant.now();
        app.restart();
        load(run, members / 2, members, accepted, refused, Integer.MAX_VALUE);
        Duration loadTime = Duration.between(started, Instant.now());

        Set<String> stored = storedEventIds();
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(broker.bootstrapServers(),
                TopicReader.EVENTS, read -> TopicReader.eventIds(read).containsAll(stored), Duration.ofSeconds(180));
        Set<String> published = TopicReader.eventIds(records);

        System.out.printf("faults: %d commands tried, %d accepted, %d lost to the SIGKILL at %s (not accepted),"
                        + " %d events stored, %d records on the topic, %d distinct ce_ids, %d duplicates, load %s%n",
                accepted.get() + refused.get(), accepted.get(), refused.get(), killed, stored.size(), records.size(),
                published.size(), records.size() - published.size(), loadTime);
        assertThat(accepted.get() + refused.get()).isGreaterThanOrEqualTo(COMMANDS - 10);
        assertThat(published).as("every stored event is on the topic, and nothing else is").isEqualTo(stored);
    }

    @Test
    void commandsSucceedWhileKafkaIsDownAndPublicationCatchesUp() throws Exception {
        Api api = new Api(app.port());
        String memberId = "outage-" + UUID.randomUUID().toString().substring(0, 6);
        broker.stop();

        Api.Reply registered = api.post("/api/v1/members", Tokens.staff(), Map.of("memberId", memberId,
                "legalName", "Outage Ltd", "sizeBand", "LT_100", "goodStanding", true, "contactEmail", "o@o.example"));
        for (int i = 0; i < 5; i++) {
            Api.Reply recorded = api.post("/api/v1/members/" + memberId + "/individual-certifications",
                    Tokens.staff(), Map.of("personId", "p" + i, "type", "ENGINEER", "credentialId", memberId + i,
                            "issuedOn", "2025-01-01"));
            assertThat(recorded.status()).isEqualTo(201);
        }
        assertThat(registered.status()).isEqualTo(201);
        Api.Reply health = api.send("GET", "/actuator/health", Tokens.staff(), null, Map.of());
        assertThat(health.json().path("components").path("publication").path("details").path("lagEvents").asLong())
                .as("the lag is visible while Kafka is down").isGreaterThanOrEqualTo(6);

        broker.restart();
        Set<String> stored = storedEventIds();
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(broker.bootstrapServers(),
                TopicReader.EVENTS, read -> TopicReader.eventIds(read).containsAll(stored), Duration.ofSeconds(180));
        assertThat(TopicReader.eventIds(records)).isEqualTo(stored);
    }

    /** Sends the members' commands from 16 clients; kills the command side once {@code killAfter} were accepted. */
    private void load(String run, int fromMember, int toMember, AtomicInteger accepted, AtomicInteger refused,
                      int killAfter) throws Exception {
        Api api = new Api(app.port());
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<?>> work = new ArrayList<>();
        Thread killer = Thread.ofVirtual().start(() -> {
            try {
                while (accepted.get() < killAfter) {
                    Thread.sleep(5);
                }
                app.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        for (int m = fromMember; m < toMember; m++) {
            String memberId = "load-" + run + "-" + m;
            work.add(clients.submit(() -> {
                if (!send(api, "/api/v1/members", Map.of("memberId", memberId, "legalName", memberId,
                        "sizeBand", "LT_100", "goodStanding", true, "contactEmail", "l@l.example"), accepted, refused)) {
                    refused.addAndGet(CREDENTIALS_PER_MEMBER);
                    return;
                }
                for (int c = 0; c < CREDENTIALS_PER_MEMBER; c++) {
                    send(api, "/api/v1/members/" + memberId + "/individual-certifications", Map.of("personId", "p" + c,
                            "type", "PRACTITIONER", "credentialId", memberId + "-" + c, "issuedOn", "2025-01-01"),
                            accepted, refused);
                }
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        killer.interrupt();
        clients.shutdown();
    }

    private static boolean send(Api api, String path, Map<String, Object> body, AtomicInteger accepted,
                                AtomicInteger refused) {
        try {
            Api.Reply reply = api.post(path, Tokens.staff(), body);
            if (reply.status() == 201) {
                accepted.incrementAndGet();
                return true;
            }
        } catch (IllegalStateException connectionLost) {
            // the process was killed under this request: not accepted
        }
        refused.incrementAndGet();
        return false;
    }

    private Set<String> storedEventIds() throws Exception {
        return new HashSet<>(Sql.strings(database, "SELECT event_identifier FROM domain_event_entry"));
    }
}
