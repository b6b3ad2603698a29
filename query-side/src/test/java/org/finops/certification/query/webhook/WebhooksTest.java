package org.finops.certification.query.webhook;

import com.standardwebhooks.Webhook;
import org.finops.certification.events.MemberRegistered;
import org.finops.certification.events.MemberStandingChanged;
import org.finops.certification.events.SizeBand;
import org.finops.certification.query.views.QueryApiTestBase;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.Eventually;
import org.finops.certification.testing.Tokens;
import org.finops.certification.testing.WebhookReceiver;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks against real HTTP receivers: matching events delivered in order per member, signed so that the Standard
 * Webhooks reference verifier accepts them; retried after failures without delaying another subscriber; a 410
 * disables; a slow receiver times out; a replay sends again exactly what matched.
 */
class WebhooksTest extends QueryApiTestBase {
    private final JsonMapper json = JsonMapper.builder().build();

    @DynamicPropertySource
    static void quickly(DynamicPropertyRegistry registry) {
        registry.add("cert.webhooks.allow-private", () -> "true");
        registry.add("cert.webhooks.poll", () -> "PT0.2S");
        registry.add("cert.webhooks.timeout", () -> "PT1S");
        registry.add("cert.webhooks.retry-schedule", () -> "PT0.5S,PT1S");
    }

    @Test
    void aMembersEventsAreDeliveredInOrderSignedAsStandardWebhooksAndOnlyWhatMatches() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String member = unique("hooked");
            String other = unique("other");
            JsonNode subscription = subscribe(Map.of("url", receiver.url(), "memberId", member,
                    "eventTypes", List.of("org.finops.certification.MemberRegistered.v1",
                            "org.finops.certification.MemberStandingChanged.v1")));
            String secret = subscription.path("secret").asString();
            assertThat(secret).startsWith("whsec_");

            publish(List.of(registered(other), registered(member)), "staff-ana");
            for (int i = 0; i < 5; i++) {
                stream.publish(new MemberStandingChanged(member, i % 2 == 1, "change " + i), "staff-ana");
            }

            List<WebhookReceiver.Received> received = receiver.await(all -> all.size() >= 6);
            assertThat(received).hasSize(6);
            Webhook verifier = new Webhook(secret);
            for (WebhookReceiver.Received delivery : received) {
                verifier.verify(delivery.body(), delivery.headers());
                assertThat(delivery.headers().firstValue("content-type")).contains("application/cloudevents+json");
                JsonNode event = json.readTree(delivery.body());
                assertThat(event.path("id").asString()).isEqualTo(delivery.id());
                assertThat(event.path("memberid").asString()).isEqualTo(member);
            }
            List<Long> positions = received.stream().map(d -> json.readTree(d.body()).path("position").asLong())
                    .toList();
            assertThat(positions).as("in order").isSorted();
            assertThat(json.readTree(received.get(5).body()).path("data").path("reason").asString())
                    .isEqualTo("change 4");
        }
    }

    @Test
    void aFailingReceiverIsRetriedUnderTheSameIdWhileAnotherIsServedAndA410Disables() throws Exception {
        try (WebhookReceiver failing = new WebhookReceiver().answering(500, 503);
             WebhookReceiver healthy = new WebhookReceiver();
             WebhookReceiver gone = new WebhookReceiver().answering(410)) {
            String member = unique("retried");
            String failingId = subscribe(Map.of("url", failing.url(), "memberId", member)).path("id").asString();
            subscribe(Map.of("url", healthy.url(), "memberId", member));
            String goneId = subscribe(Map.of("url", gone.url(), "memberId", member)).path("id").asString();

            stream.publish(registered(member), "staff-ana");

            assertThat(healthy.await(all -> !all.isEmpty())).hasSize(1);
            assertThat(failing.received()).as("the healthy one was not kept waiting").hasSizeLessThan(3);
            List<WebhookReceiver.Received> attempts = failing.await(all -> all.size() >= 3);
            assertThat(attempts).hasSize(3);
            assertThat(attempts.stream().map(WebhookReceiver.Received::id).distinct()).hasSize(1);
            JsonNode log = get("/api/v1/webhooks/" + failingId + "/deliveries", Tokens.staff()).json();
            assertThat(log.path("attempts").valueStream().map(a -> a.path("statusCode").asInt()))
                    .containsExactly(200, 503, 500);

            gone.await(all -> !all.isEmpty());
            JsonNode disabled = awaitDisabled(goneId);
            assertThat(disabled.path("disabledReason").asString()).contains("410");
            assertThat(get("/actuator/health", Tokens.staff()).body()).contains(goneId);
        }
    }

    @Test
    void aSlowReceiverTimesOutAndAReplaySendsAgainExactlyWhatMatched() throws Exception {
        try (WebhookReceiver slow = new WebhookReceiver().slowly(Duration.ofSeconds(3));
             WebhookReceiver replayed = new WebhookReceiver()) {
            String member = unique("slow");
            String slowId = subscribe(Map.of("url", slow.url(), "memberId", member)).path("id").asString();
            String replayedId = subscribe(Map.of("url", replayed.url(), "memberId", member)).path("id").asString();
            long first = stream.publish(registered(member), "staff-ana").position();
            stream.publish(new MemberStandingChanged(member, false, "unpaid"), "staff-ana");
            assertThat(replayed.await(all -> all.size() >= 2)).hasSize(2);

            slow.await(all -> !all.isEmpty());
            String error = Eventually.until(Duration.ofSeconds(10), () -> get("/api/v1/webhooks/" + slowId
                    + "/deliveries", Tokens.staff()).json().path("attempts").path(0).path("error").asString(""),
                    shown -> !shown.isEmpty());
            assertThat(error).contains("no answer within");

            Api.Reply replay = api.send("POST", "/api/v1/webhooks/" + replayedId + "/replay", Tokens.staff(),
                    Map.of("fromPosition", first), Map.of());
            assertThat(replay.status()).isEqualTo(202);
            assertThat(replay.json().path("replayed").asInt()).isEqualTo(2);
            List<WebhookReceiver.Received> all = replayed.await(received -> received.size() >= 4);
            assertThat(all.stream().map(WebhookReceiver.Received::id).toList().subList(2, 4))
                    .isEqualTo(all.stream().map(WebhookReceiver.Received::id).toList().subList(0, 2));
        }
    }

    @Test
    void badInputIsNamedFieldByFieldAndARotatedSecretSignsBesideTheOld() throws Exception {
        Api.Reply bad = api.send("POST", "/api/v1/webhooks", Tokens.staff(), Map.of("url", "ftp://example.com/x",
                "eventTypes", List.of("org.finops.certification.Nope.v1"), "description", "x".repeat(501)), Map.of());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").valueStream().map(e -> e.path("field").asString()))
                .containsExactlyInAnyOrder("url", "eventTypes[0]", "description");
        assertThat(api.send("POST", "/api/v1/webhooks", Tokens.member("acme"), Map.of("url", "https://x.example"),
                Map.of()).status()).isEqualTo(403);

        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String member = unique("rotated");
            JsonNode made = subscribe(Map.of("url", receiver.url(), "memberId", member));
            String oldSecret = made.path("secret").asString();
            Api.Reply rotated = api.send("POST", "/api/v1/webhooks/" + made.path("id").asString() + "/rotate-secret",
                    Tokens.staff(), null, Map.of());
            String newSecret = rotated.json().path("secret").asString();
            assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);
            assertThat(get("/api/v1/webhooks/" + made.path("id").asString(), Tokens.staff()).json().has("secret"))
                    .as("shown once").isFalse();

            stream.publish(registered(member), "staff-ana");
            WebhookReceiver.Received delivery = receiver.await(all -> !all.isEmpty()).get(0);
            assertThat(delivery.headers().firstValue("webhook-signature").orElseThrow().split(" ")).hasSize(2);
            new Webhook(newSecret).verify(delivery.body(), delivery.headers());
            new Webhook(oldSecret).verify(delivery.body(), delivery.headers());
        }
    }

    private JsonNode subscribe(Map<String, Object> body) {
        Api.Reply reply = api.send("POST", "/api/v1/webhooks", Tokens.staff(), body, Map.of());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private JsonNode awaitDisabled(String id) {
        JsonNode subscription = Eventually.until(Duration.ofSeconds(10), () -> get("/api/v1/webhooks/" + id,
                Tokens.staff()).json(), shown -> !shown.path("enabled").asBoolean());
        assertThat(subscription.path("enabled").asBoolean()).as("webhook " + id + " disabled").isFalse();
        return subscription;
    }

    private static MemberRegistered registered(String member) {
        return new MemberRegistered(member, member + " Ltd", SizeBand.LT_100, true, "certs@" + member + ".example");
    }
}
