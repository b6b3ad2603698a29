package org.finops.certification.query.projections;

import org.finops.certification.events.EventTypes;
import org.finops.certification.events.MemberRegistered;
import org.finops.certification.events.MemberStandingChanged;
import org.finops.certification.events.SizeBand;
import org.finops.certification.query.consumer.ProjectedEvent;
import org.finops.certification.query.webhook.WebhookQueue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhook queue as a projection: what it queues for whom, and the structured CloudEvent it keeps. */
class WebhookQueueTest extends ProjectionTest {
    private final WebhookQueue queue = new WebhookQueue(JsonMapper.builder().build());

    @Test
    void canQueueOnlyWhatASubscriptionMatchesAfterItsPositionAsAStructuredCloudEvent() {
        ProjectedEvent before = harness.event(registered("wq-acme"));
        queue.onAll(List.of(before), harness.views());
        assertThat(delivered()).as("nobody subscribes: nothing queued").isEmpty();

        String standing = EventTypes.of(MemberStandingChanged.class).orElseThrow().ceType();
        subscribe("only-standing", "wq-acme", standing, before.position());
        subscribe("everything", null, null, before.position());
        ProjectedEvent registered = harness.event(registered("wq-other"));
        ProjectedEvent changed = harness.event(new MemberStandingChanged("wq-acme", false, "unpaid"));
        queue.onAll(List.of(before, registered, changed), harness.views());
        queue.onAll(List.of(changed), harness.views());

        assertThat(delivered()).containsExactlyInAnyOrder(
                "everything " + registered.id(), "everything " + changed.id(), "only-standing " + changed.id());
        JsonNode payload = JsonMapper.builder().build().readTree(harness.jdbc().queryForObject(
                "SELECT payload FROM public.webhook_delivery WHERE subscription_id = 'only-standing'", String.class));
        assertThat(payload.path("specversion").asString()).isEqualTo("1.0");
        assertThat(payload.path("id").asString()).isEqualTo(changed.id());
        assertThat(payload.path("type").asString()).isEqualTo(standing);
        assertThat(payload.path("data").path("reason").asString()).isEqualTo("unpaid");
    }

    private List<String> delivered() {
        return harness.jdbc().queryForList("SELECT subscription_id || ' ' || event_id FROM public.webhook_delivery"
                + " WHERE subscription_id IN ('only-standing', 'everything')", String.class);
    }

    private void subscribe(String id, String memberId, String eventTypes, long fromPosition) {
        harness.jdbc().update("INSERT INTO public.webhook_subscription (id, url, event_types, member_id, enabled,"
                        + " secret, created_at, created_by, from_position) VALUES (?, 'https://hooks.example/in', ?, ?,"
                        + " true, 'whsec_x', ?, 'staff-1', ?)", id, eventTypes, memberId, Timestamp.from(Instant.now()),
                fromPosition);
    }

    private static MemberRegistered registered(String memberId) {
        return new MemberRegistered(memberId, memberId + " Ltd", SizeBand.LT_100, true, "c@" + memberId + ".example");
    }
}
