package org.finops.certification.query.views;

import org.finops.certification.query.support.EventStream;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.TestDatabase;
import org.finops.certification.testing.TestKafka;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The query side against a real PostgreSQL and a real Kafka broker, fed through the topic only. */
// the secret as an inlined property: the settings are checked before dynamic property sources are added
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cert.jwt.secret=" + Tokens.SECRET)
public abstract class QueryApiTestBase {
    @LocalServerPort
    int port;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected ViewGenerations generations;
    protected Api api;
    protected EventStream stream;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestDatabase database = TestDatabase.get();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
        registry.add("spring.kafka.consumer.properties.metadata.max.age.ms", () -> "1000");
    }

    @BeforeEach
    void connect() {
        api = new Api(port);
        stream = new EventStream();
    }

    @AfterEach
    void disconnect() {
        stream.close();
    }

    protected static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Publishes the events in order and returns the position of the last. */
    protected long publish(List<Object> events, String actor) {
        long last = 0;
        for (Object event : events) {
            last = stream.publish(event, actor).position();
        }
        return last;
    }

    protected long publishAt(Object event, String actor, Instant time) {
        return stream.publish(event, actor, time).position();
    }

    /** A query that first waits for the event at {@code position} (read-your-writes). */
    protected Api.Reply get(String path, String token, long position) {
        String separator = path.contains("?") ? "&" : "?";
        Api.Reply reply = api.send("GET", path + separator + "minPosition=" + position, token, null, Map.of());
        assertThat(reply.header("X-Projection-Caught-Up")).as(path).isEqualTo("true");
        return reply;
    }

    protected Api.Reply get(String path, String token) {
        return api.send("GET", path, token, null, Map.of());
    }
}
