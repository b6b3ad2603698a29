package org.finops.certification.query.webhook;

import io.swagger.v3.oas.annotations.Operation;
import org.finops.certification.query.position.ProjectionPosition;
import org.finops.certification.support.security.Access;
import org.finops.certification.support.web.InvalidRequest;
import org.finops.certification.support.web.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Webhook subscriptions, for staff: Standard Webhooks deliveries of the certification events. */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhookController {
    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final TargetSafety safety;
    private final ProjectionPosition position;
    private final Access access;

    WebhookController(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, TargetSafety safety,
                      ProjectionPosition position, Access access) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.safety = safety;
        this.position = position;
        this.access = access;
    }

    @Operation(summary = "Subscribe a URL to the certification events (all, or some CloudEvents types, of all members"
            + " or one); the answer shows the signing secret, once")
    @PostMapping
    ResponseEntity<WebhookSubscription> subscribe(@RequestBody WebhookRequest request) {
        String staff = access.staff().actor();
        request.check(safety, true);
        WebhookSubscription made = subscriptions.create(request.url().strip(), request.eventTypes(),
                request.memberId(), request.description(), staff, position.current());
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + made.id())).body(made);
    }

    record Webhooks(List<WebhookSubscription> webhooks) {
    }

    record Attempts(List<WebhookDeliveries.Attempt> attempts) {
    }

    record Replayed(int replayed) {
    }

    @Operation(summary = "Every subscription, with why a disabled one was disabled")
    @GetMapping
    Webhooks all() {
        access.staff();
        return new Webhooks(subscriptions.all());
    }

    @Operation(summary = "One subscription")
    @GetMapping("/{id}")
    WebhookSubscription one(@PathVariable String id) {
        access.staff();
        return existing(id);
    }

    @Operation(summary = "Change the URL, the filters or enabled (enabling again delivers what waited)")
    @PatchMapping("/{id}")
    WebhookSubscription change(@PathVariable String id, @RequestBody WebhookRequest request) {
        access.staff();
        request.check(safety, false);
        subscriptions.update(request.applyTo(existing(id)));
        return existing(id);
    }

    @Operation(summary = "Remove a subscription and what waited for it")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable String id) {
        access.staff();
        if (!subscriptions.delete(id)) {
            throw new NotFound("no webhook " + id);
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A new signing secret; the old one keeps signing beside it for 24 hours")
    @PostMapping("/{id}/rotate-secret")
    WebhookSubscription rotate(@PathVariable String id) {
        access.staff();
        String secret = subscriptions.rotate(id).orElseThrow(() -> new NotFound("no webhook " + id));
        return existing(id).withSecret(secret);
    }

    @Operation(summary = "The latest delivery attempts: time, status code, duration, error")
    @GetMapping("/{id}/deliveries")
    Attempts attempts(@PathVariable String id) {
        access.staff();
        existing(id);
        return new Attempts(deliveries.attempts(id, 200));
    }

    @Operation(summary = "Send again what matched since a time (from) or a position (fromPosition)")
    @PostMapping("/{id}/replay")
    ResponseEntity<Replayed> replay(@PathVariable String id, @RequestBody Map<String, Object> body) {
        access.staff();
        existing(id);
        Object from = body.get("from");
        Object fromPosition = body.get("fromPosition");
        int replayed;
        if (fromPosition instanceof Number number) {
            replayed = deliveries.replayFrom(id, number.longValue());
        } else if (from instanceof String instant) {
            try {
                replayed = deliveries.replaySince(id, Instant.parse(instant));
            } catch (DateTimeParseException e) {
                throw new InvalidRequest("from", "must be an ISO-8601 instant such as 2026-03-01T00:00:00Z");
            }
        } else {
            throw new InvalidRequest("from", "give from (an instant) or fromPosition (a number)");
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Replayed(replayed));
    }

    private WebhookSubscription existing(String id) {
        return subscriptions.find(id).orElseThrow(() -> new NotFound("no webhook " + id));
    }
}
