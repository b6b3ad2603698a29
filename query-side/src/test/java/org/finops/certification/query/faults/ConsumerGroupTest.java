package org.finops.certification.query.faults;

import org.finops.certification.servers.Ports;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.MemberRegistered;
import org.finops.certification.events.SizeBand;
import org.finops.certification.query.support.EventStream;
import org.finops.certification.query.support.Lifecycle;
import org.finops.certification.servers.AppProcess;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.TestDatabase;
import org.finops.certification.testing.TestKafka;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two query-side processes in one consumer group on one database; one is killed with SIGKILL mid-stream (between
 * a batch's commit and Kafka's offset commit, or inside a batch). Every event still changes the views exactly once.
 */
class ConsumerGroupTest {
    private final List<AppProcess> instances = new ArrayList<>();

    @AfterEach
    void stop() {
        instances.forEach(AppProcess::stop);
    }

    @Test
    void twoInstancesShareTheTopicAndSurviveAKill() throws Exception {
        TestDatabase database = TestDatabase.another();
        String group = "group-" + UUID.randomUUID().toString().substring(0, 6);
        AppProcess first = start(database, group);
        AppProcess second = start(database, group);
        List<String> members = new ArrayList<>();
        int events = 0;
        try (EventStream stream = new EventStream()) {
            stream.publish(Lifecycle.policy(), "system");
            for (int m = 0; m < 40; m++) {
                String memberId = "grp-" + group + "-" + m;
                members.add(memberId);
                stream.publish(new MemberRegistered(memberId, "Member " + m, SizeBand.LT_100, true, "m@m.example"),
                        "staff-ana");
                events++;
                if (m == 20) {
                    first.kill();
                }
                for (int c = 0; c < 5; c++) {
                    stream.publish(Lifecycle.credential(memberId, "p" + c, IndividualCertificationType.ENGINEER),
                            "staff-ana");
                    events++;
                }
            }
        }

        Api api = new Api(second.port());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        long audited = 0;
        while (Instant.now().isBefore(deadline)) {
            audited = countAudited(api, members);
            if (audited >= events) {
                break;
            }
            Thread.sleep(500);
        }
        Thread.sleep(2000);
        assertThat(countAudited(api, members)).as("each event once, none lost, none twice").isEqualTo(events);
        for (String memberId : members) {
            Api.Reply compliance = api.send("GET", "/api/v1/members/" + memberId + "/compliance?type=PLATFORM",
                    Tokens.staff(), null, Map.of());
            assertThat(compliance.json().path("columns").get(0).path("held").asInt()).as(memberId).isEqualTo(5);
        }
    }

    private static long countAudited(Api api, List<String> members) {
        long total = 0;
        for (String memberId : members) {
            Api.Reply reply = api.send("GET", "/api/v1/audit?size=1&memberId=" + memberId, Tokens.staff(), null,
                    Map.of());
            total += reply.json().path("total").asLong();
        }
        return total;
    }

    private static Map<String, String> environment(TestDatabase database) {
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.putAll(Map.of("CERT_KAFKA_BOOTSTRAP", TestKafka.bootstrapServers(), "CERT_JWT_SECRET",
                Tokens.SECRET));
        return environment;
    }

    private AppProcess start(TestDatabase database, String group) throws Exception {
        int port = Ports.free();
        String java = ProcessHandle.current().info().command().orElse("java");
        AppProcess app = AppProcess.start("query-side", List.of(java, "-Xmx512m", "-cp",
                        System.getProperty("java.class.path"), "org.finops.certification.query.QuerySideApplication",
                        "--cert.kafka.group-id=" + group,
                        "--spring.kafka.consumer.properties.metadata.max.age.ms=1000",
                        "--spring.kafka.consumer.properties.session.timeout.ms=8000",
                        "--spring.kafka.consumer.properties.heartbeat.interval.ms=1000"), port,
                environment(database), Files.createTempFile("query-side-", ".log"));
        app.awaitHealthy();
        instances.add(app);
        return app;
    }
}
