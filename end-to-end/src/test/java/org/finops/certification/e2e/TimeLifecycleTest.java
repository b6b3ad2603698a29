package org.finops.certification.e2e;

import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.Eventually;
import org.finops.certification.testing.TestKafka;
import org.finops.certification.testing.Tokens;
import org.finops.certification.testing.TopicReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time, in real time, with a policy of seconds (validity PT40S, window PT25S, reminders PT25S and PT12S, poll PT1S):
 * one certification is renewed after its first reminder, another lapses; meanwhile the command side is killed
 * with SIGKILL and restarted, and one of the two query-side instances too. No reminder goes out twice or is
 * skipped, and every transition is in the audit view.
 */
class TimeLifecycleTest {
    /** The issue's own run: -Dcert.e2e.validity=PT3M -Dcert.e2e.window=PT2M -Dcert.e2e.reminders=PT2M,PT1M. */
    private static final String VALIDITY = System.getProperty("cert.e2e.validity", "PT40S");
    private static final String WINDOW = System.getProperty("cert.e2e.window", "PT25S");
    private static final List<String> REMINDERS =
            List.of(System.getProperty("cert.e2e.reminders", "PT25S,PT12S").split(","));
    private static final String POLL = System.getProperty("cert.e2e.poll", "PT1S");
    private static final Duration WAIT = Duration.parse(VALIDITY).plusSeconds(60);

    @Test
    void windowRemindersRenewalAndLapseSurviveRestartsAndTwoInstances() throws Exception {
        try (Stack stack = Stack.start(POLL, 2)) {
            Api command = new Api(stack.commandSide.port());
            Api query = new Api(stack.querySides.get(0).port());
            Lifecycle lifecycle = new Lifecycle(command);
            String run = UUID.randomUUID().toString().substring(0, 6);
            lifecycle.publishPolicy("e2e-" + run, VALIDITY, WINDOW, REMINDERS);
            Instant started = Instant.now();
            String renewing = "renewer-" + run;
            String lapsing = "lapser-" + run;
            Api.Reply renewingGrant = lifecycle.certify(renewing);
            Api.Reply lapsingGrant = lifecycle.certify(lapsing);
            String renewingId = renewingGrant.text("certificationId");
            String lapsingId = lapsingGrant.text("certificationId");
            Instant firstExpiry = Instant.parse(renewingGrant.text("validUntil"));

            awaitTrue("renewal window opened", WAIT, () -> "RENEWAL_DUE".equals(status(query, renewingId)));
            Duration windowOpenedAfter = Duration.between(started, Instant.now());
            awaitTrue("first reminder e-mailed", WAIT, () -> messagesTo(stack, renewing).size() == 1);
            Api.Reply renewed = lifecycle.renew(renewing, renewingId);
            stack.querySides.get(1).kill();
            stack.commandSide.kill();
            stack.commandSide.restart();
            stack.querySides.get(1).restart();

            awaitTrue("lapsed", WAIT, () -> "EXPIRED".equals(status(query, lapsingId)));
            Duration expiredAfter = Duration.between(started, Instant.now());
            Thread.sleep(Duration.parse(POLL).multipliedBy(5).toMillis());
            System.out.printf("time: policy validity %s, window %s, reminders %s, poll %s: RENEWAL_DUE after %s,"
                            + " EXPIRED after %s, e-mails to the lapsing member %d, to the renewing member %d%n",
                    VALIDITY, WINDOW, REMINDERS, POLL, windowOpenedAfter, expiredAfter,
                    messagesTo(stack, lapsing).size(), messagesTo(stack, renewing).size());

            assertThat(Instant.parse(renewed.text("validUntil"))).as("continues from the old expiry")
                    .isEqualTo(firstExpiry.plus(Duration.parse(VALIDITY)));
            assertThat(status(query, renewingId)).as("renewed; its next window may have opened already")
                    .isIn("ACTIVE", "RENEWAL_DUE");
            assertThat(messageIds(messagesTo(stack, lapsing))).as("every reminder, once each")
                    .hasSize(REMINDERS.size());
            assertThat(messagesTo(stack, lapsing)).hasSize(REMINDERS.size());
            String firstPeriod = "." + firstExpiry.toEpochMilli() + ".";
            assertThat(messageIds(messagesTo(stack, renewing))).filteredOn(id -> id.contains(firstPeriod))
                    .as("renewed before the second reminder's moment: only the first went out").hasSize(1);
            int renewingReminders = messagesTo(stack, renewing).size();
            List<ConsumerRecord<String, byte[]>> notifications = TopicReader.readUntil(TestKafka.bootstrapServers(),
                    "certification.notifications.v1",
                    read -> ofMembers(read, renewing, lapsing).size() >= REMINDERS.size() + renewingReminders,
                    Duration.ofSeconds(30));
            assertThat(ofMembers(notifications, renewing, lapsing)).as("RenewalReminderIssued as e-mailed, none twice")
                    .hasSize(REMINDERS.size() + renewingReminders);

            Api.Reply audit = query.send("GET", "/api/v1/audit?certificationId=" + lapsingId, Tokens.auditor(), null,
                    Map.of());
            List<String> transitions = audit.json().path("items").valueStream()
                    .filter(item -> item.path("actor").asString().equals("system:scheduler"))
                    .map(item -> item.path("eventType").asString()).toList();
            assertThat(transitions).filteredOn("RenewalReminderDue"::equals).hasSize(REMINDERS.size());
            assertThat(transitions).contains("RenewalWindowOpened", "CertificationExpired").hasSize(REMINDERS.size() + 2);
            assertThat(transitions.get(transitions.size() - 1)).isEqualTo("CertificationExpired");
            Api.Reply due = query.send("GET", "/api/v1/renewals/due?within=PT5M", Tokens.staff(), null, Map.of());
            assertThat(due.body()).contains(renewingId);
        }
    }

    private static String status(Api query, String certificationId) {
        Api.Reply reply = query.send("GET", "/api/v1/certifications/" + certificationId, Tokens.staff(), null,
                Map.of());
        return reply.status() == 200 ? reply.text("status") : null;
    }

    private static List<MimeMessage> messagesTo(Stack stack, String memberId) {
        return Arrays.stream(stack.smtp.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().contains(memberId);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static List<String> messageIds(List<MimeMessage> messages) {
        return messages.stream().map(message -> {
            try {
                return message.getMessageID();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).distinct().toList();
    }

    private static List<ConsumerRecord<String, byte[]>> ofMembers(List<ConsumerRecord<String, byte[]>> records,
                                                                  String... members) {
        List<String> wanted = List.of(members);
        return records.stream().filter(record -> wanted.contains(record.key())
                && new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)
                .contains("RenewalReminderIssued")).toList();
    }

    private static void awaitTrue(String what, Duration timeout, Supplier<Boolean> condition) {
        Eventually.untilTrue(what, timeout, condition);
    }
}
