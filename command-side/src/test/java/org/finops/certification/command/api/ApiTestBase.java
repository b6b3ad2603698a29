package org.finops.certification.command.api;

import org.finops.certification.testing.Api;
import org.finops.certification.testing.LifecycleClient;
import org.finops.certification.testing.TestDatabase;
import org.finops.certification.testing.TestKafka;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The command side over HTTP against a real PostgreSQL; every test works on members of its own. */
// the secret as an inlined property: the settings are checked before dynamic property sources are added
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cert.jwt.secret=" + Tokens.SECRET)
abstract class ApiTestBase {
    static final String MEMBERS = "/api/v1/members";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api api;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase database = TestDatabase.get();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
        registry.add("cert.snapshot.threshold", () -> "25");
        registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
        registry.add("cert.kafka.partitions", () -> "4");
    }

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    static String uniqueMemberId(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String registerMember(String name, String band) {
        String memberId = uniqueMemberId(name);
        Api.Reply reply = lifecycle().register(memberId, name + " Inc.", band);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return memberId;
    }

    void recordCredentials(String memberId, String type, int count) {
        for (int i = 0; i < count; i++) {
            Api.Reply reply = lifecycle().recordCredential(memberId, memberId + "-" + type + "-" + i,
                    type + "-person-" + i, type);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        }
    }

    /** A 500_4999 member holding exactly the platform requirements of 2025-1, with engineers among practitioners. */
    String platformReadyMember(String name) {
        String memberId = registerMember(name, "500_4999");
        recordCredentials(memberId, "PRACTITIONER", 30);
        recordCredentials(memberId, "ENGINEER", 20);
        recordCredentials(memberId, "PROFESSIONAL", 3);
        recordCredentials(memberId, "FOCUS_ANALYST", 15);
        return memberId;
    }

    /** The member lifecycle under the shipped policy, over this test's client. */
    LifecycleClient lifecycle() {
        return new LifecycleClient(api::post, LifecycleClient.SHIPPED_CAPABILITIES);
    }

    static Map<String, Object> platformApplication(String memberId) {
        return LifecycleClient.platformApplication(memberId, LifecycleClient.SHIPPED_CAPABILITIES);
    }

    static Map<String, Object> platformRenewal() {
        return LifecycleClient.content(LifecycleClient.SHIPPED_CAPABILITIES);
    }

    String submitPlatform(String memberId) {
        Api.Reply reply = lifecycle().applyForPlatform(memberId);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text("applicationId");
    }

    String approve(String applicationId) {
        Api.Reply reply = lifecycle().approve(applicationId, "meets 2025-1");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.text("certificationId");
    }

    String certifiedMember(String name) {
        String memberId = platformReadyMember(name);
        approve(submitPlatform(memberId));
        return memberId;
    }

    String certificationOf(String memberId) {
        return jdbc.queryForObject("SELECT certification_id FROM certification_owner WHERE member_id = ?",
                String.class, memberId);
    }

    long eventsOf(String aggregateId, String eventName) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND payload_type LIKE ?", Long.class, aggregateId, "%." + eventName);
        return count == null ? 0 : count;
    }
}
