package org.finops.certification.query.webhook;

import org.finops.certification.events.CloudEvent;
import org.finops.certification.query.consumer.ProjectedEvent;
import org.finops.certification.query.consumer.Projection;
import org.finops.certification.query.views.Rows;
import org.finops.certification.query.views.ViewStore;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Queues a delivery for every subscription an event matches, in the transaction that applies the event, so a
 * delivery is queued exactly when the event is consumed (at least once, and a redelivered event finds it queued).
 * Subscriptions match by CloudEvents type and member; only events after a subscription was created are queued for
 * it, also for a disabled one, which delivers what waited once it is enabled again.
 */
@Component
public class WebhookQueue implements Projection {
    private final JsonMapper json;

    public WebhookQueue(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void onAll(List<ProjectedEvent> events, ViewStore views) {
        // the structured form costs a parse and a write per event: none of that while nobody subscribes
        if (!Boolean.TRUE.equals(views.jdbc().queryForObject(
                "SELECT EXISTS (SELECT 1 FROM public.webhook_subscription)", Boolean.class))) {
            return;
        }
        Rows rows = Rows.of("varchar", "int8", "varchar", "varchar", "text", "timestamptz");
        for (ProjectedEvent event : events) {
            rows.add(event.id(), event.position(), event.memberId() == null ? "" : event.memberId(),
                    event.attributes().type(), structured(event), event.time());
        }
        rows.update(views, "INSERT INTO public.webhook_delivery (subscription_id, event_id, position, member_key,"
                + " event_type, payload, occurred_at, state, next_attempt_at) SELECT s.id, e.event_id, e.position,"
                + " e.member_key, e.event_type, e.payload, e.occurred_at, 'PENDING', now() FROM "
                + rows.table("e", "event_id", "position", "member_key", "event_type", "payload", "occurred_at")
                + " JOIN public.webhook_subscription s ON e.position > s.from_position"
                + " AND (s.member_id IS NULL OR s.member_id = e.member_key)"
                + " AND (s.event_types IS NULL OR e.event_type = ANY (string_to_array(s.event_types, ',')))"
                + " ON CONFLICT DO NOTHING");
    }

    /** The event in CloudEvents' structured JSON form: the attributes the topic's headers carry, and the data. */
    String structured(ProjectedEvent event) {
        CloudEvent attributes = event.attributes();
        ObjectNode body = json.createObjectNode();
        body.put("specversion", CloudEvent.SPEC_VERSION);
        body.put("id", attributes.id());
        body.put("source", attributes.source());
        body.put("type", attributes.type());
        body.put("subject", attributes.subject());
        body.put("time", attributes.time().toString());
        body.put("datacontenttype", CloudEvent.CONTENT_TYPE);
        body.put("memberid", attributes.memberId());
        body.put("actor", attributes.actor());
        body.put("policyversion", attributes.policyVersion());
        body.put("correlationid", attributes.correlationId());
        body.put("position", attributes.position());
        body.set("data", json.readTree(event.json()));
        return json.writeValueAsString(body);
    }
}
