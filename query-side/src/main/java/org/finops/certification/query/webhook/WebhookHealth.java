package org.finops.certification.query.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * What operators see of the webhooks: per subscription, deliveries delivered, pending, failed attempts and the age of
 * the oldest pending one (refreshed every 15 s); and in health, the disabled subscriptions with why. A receiver that
 * fails is its owner's outage, not ours: the service stays UP.
 */
@Component("webhooks")
public class WebhookHealth implements HealthIndicator {
    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final Map<String, MultiGauge> gauges;

    public WebhookHealth(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, MeterRegistry meters) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.gauges = Map.of(
                "delivered", MultiGauge.builder("certification.webhooks.delivered").register(meters),
                "pending", MultiGauge.builder("certification.webhooks.pending").register(meters),
                "failed", MultiGauge.builder("certification.webhooks.failed.attempts").register(meters),
                "oldest_pending_seconds", MultiGauge.builder("certification.webhooks.oldest.pending")
                        .baseUnit("seconds").register(meters));
    }

    @Scheduled(fixedDelay = 15_000, initialDelay = 5_000)
    public void refreshMetrics() {
        List<Map<String, Object>> statistics = deliveries.statistics();
        gauges.forEach((column, gauge) -> gauge.register(statistics.stream().map(row -> MultiGauge.Row.of(
                Tags.of("subscription", String.valueOf(row.get("subscription"))),
                ((Number) row.get(column)).doubleValue())).toList(), true));
    }

    @Override
    public Health health() {
        List<Map<String, String>> disabled = subscriptions.disabled().stream().map(subscription -> Map.of(
                "id", subscription.id(), "url", subscription.url(),
                "reason", String.valueOf(subscription.disabledReason()))).toList();
        return Health.up().withDetail("disabled", disabled).build();
    }
}
