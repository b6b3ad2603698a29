package org.finops.certification.query.webhook;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends due deliveries: each as an HTTP POST of the structured CloudEvent, signed per Standard Webhooks, each on its
 * own virtual thread so that one slow or failing receiver never delays another. A 2xx is success; a 410 disables the
 * subscription; anything else (a timeout, a refused connection, a redirect, which is never followed) is tried again
 * on the retry schedule until the subscription is given up.
 */
@Component
public class WebhookSender {
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int BATCH = 100;
    /** What is read of a receiver's answer: enough to say what went wrong, never more. */
    private static final int BODY_LIMIT = 4096;

    private final WebhookDeliveries deliveries;
    private final WebhookSubscriptions subscriptions;
    private final RetrySchedule schedule;
    private final TargetSafety safety;
    private final Duration timeout;
    private final Duration claimTimeout;
    private final String instance = "query-side-" + UUID.randomUUID().toString().substring(0, 8);
    private final HttpClient http;

    public WebhookSender(WebhookDeliveries deliveries, WebhookSubscriptions subscriptions, RetrySchedule schedule,
                         TargetSafety safety, @Value("${cert.webhooks.timeout:PT10S}") Duration timeout) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.schedule = schedule;
        this.safety = safety;
        this.timeout = timeout;
        this.claimTimeout = timeout.multipliedBy(6);
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout).build();
    }

    @Scheduled(fixedDelayString = "${cert.webhooks.poll:PT0.5S}", initialDelayString = "PT3S")
    public void sendDue() {
        try {
            List<WebhookDeliveries.Due> due = deliveries.claim(instance, subscriptions.now(), claimTimeout, BATCH);
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                due.forEach(delivery -> threads.submit(() -> send(delivery)));
            }
        } catch (RuntimeException e) {
            log.warn("webhook deliveries not sent this time; retried at the next poll: {}", e.toString());
        }
    }

    private void send(WebhookDeliveries.Due due) {
        Instant started = subscriptions.now();
        Integer status = null;
        String error;
        Optional<String> unsafe = safety.problemWith(due.url());
        if (unsafe.isPresent()) {
            error = "refused: the URL " + unsafe.get();
        } else {
            try {
                long timestamp = started.getEpochSecond();
                HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(due.url()))
                        .timeout(timeout).header("Content-Type", "application/cloudevents+json")
                        .header("webhook-id", due.eventId()).header("webhook-timestamp", Long.toString(timestamp))
                        .header("webhook-signature", WebhookSignature.header(
                                subscriptions.signingSecrets(due.subscriptionId()), due.eventId(), timestamp,
                                due.payload()))
                        .POST(HttpRequest.BodyPublishers.ofString(due.payload())).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                status = response.statusCode();
                String answer = firstBytes(response.body());
                error = status >= 200 && status < 300 ? null : "answered " + status + (answer.isBlank() ? ""
                        : ": " + answer);
            } catch (HttpTimeoutException e) {
                error = "no answer within " + timeout;
            } catch (IOException e) {
                error = "could not be reached: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        Instant finished = subscriptions.now();
        deliveries.attempted(due, started, status, Duration.between(started, finished).toMillis(), error);
        outcome(due, status, error, finished);
    }

    private void outcome(WebhookDeliveries.Due due, Integer status, String error, Instant now) {
        if (error == null) {
            deliveries.delivered(due, instance, now);
            return;
        }
        deliveries.failed(due, instance, now, schedule.next(now, due.attempts() + 1));
        if (status != null && status == 410) {
            subscriptions.disable(due.subscriptionId(), "the receiver answered 410 Gone at " + now);
            log.info("webhook {} disabled: its receiver answered 410 Gone", due.subscriptionId());
        } else if (schedule.givenUp(due.firstFailure(), now)) {
            subscriptions.disable(due.subscriptionId(), "deliveries failed since " + due.firstFailure() + " ("
                    + (due.attempts() + 1) + " attempts, given up after " + schedule.giveUpAfter() + "); last: "
                    + error);
            log.warn("webhook {} disabled after failing since {}: {}", due.subscriptionId(), due.firstFailure(), error);
        }
    }

    private static String firstBytes(InputStream body) throws IOException {
        try (body) {
            return new String(body.readNBytes(BODY_LIMIT), java.nio.charset.StandardCharsets.UTF_8).strip();
        }
    }
}
