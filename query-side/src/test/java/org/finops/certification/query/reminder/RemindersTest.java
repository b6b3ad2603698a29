package org.finops.certification.query.reminder;

import org.finops.certification.servers.Ports;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.finops.certification.events.CertificationGranted;
import org.finops.certification.events.CertificationType;
import org.finops.certification.events.MemberRegistered;
import org.finops.certification.events.RenewalReminderDue;
import org.finops.certification.events.SizeBand;
import org.finops.certification.query.support.EventStream;
import org.finops.certification.query.views.QueryApiTestBase;
import org.finops.certification.testing.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.finops.certification.testing.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminders from RenewalReminderDue events: one e-mail each, even when the event or the sending is repeated. */
class RemindersTest extends QueryApiTestBase {
    private static final GreenMail SMTP = startSmtp();
    @Autowired
    private ReminderNotifications notifications;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("cert.scheduler.poll", () -> "PT0.5S");
        registry.add("cert.reminders.claim-timeout", () -> "PT2S");
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void aDueReminderIsMailedOnceEvenWhenTheEventArrivesTwice() throws Exception {
        String memberId = unique("remind");
        String certificationId = unique("cert");
        Instant validUntil = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        publish(List.of(new MemberRegistered(memberId, "Remind Ltd", SizeBand.LT_100, true, memberId + "@x.example"),
                new CertificationGranted(memberId, certificationId, "app", CertificationType.PLATFORM, Instant.now(),
                        validUntil, "2025-1")), "staff-ana");
        EventStream.Published due = stream.publish(new RenewalReminderDue(memberId, certificationId, validUntil, "P30D",
                Instant.now(), "2025-1"), "system:scheduler");
        stream.send(due);

        await(() -> mailsTo(memberId).size() == 1);
        Thread.sleep(2000);

        assertThat(mailsTo(memberId)).hasSize(1);
        MimeMessage mail = mailsTo(memberId).get(0);
        assertThat(mail.getSubject()).contains("FinOps Certified Platform");
        assertThat(mail.getMessageID()).contains(certificationId, "P30D");
        var renewals = get("/api/v1/renewals/due?within=P31D", Tokens.staff()).json().path("certifications");
        var mine = renewals.valueStream().filter(c -> c.path("certificationId").asString().equals(certificationId))
                .findFirst().orElseThrow();
        assertThat(mine.path("remindersSent").get(0).path("offset").asString()).isEqualTo("P30D");
    }

    @Test
    void aReminderWhoseClaimantDiedIsSentOnceByAnother() throws Exception {
        String memberId = unique("orphan");
        String certificationId = unique("cert");
        Instant validUntil = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        long position = publish(List.of(new MemberRegistered(memberId, "Orphan Ltd", SizeBand.LT_100, true,
                memberId + "@x.example")), "staff-ana");
        get("/api/v1/members/" + memberId + "/compliance", Tokens.staff(), position);
        jdbc.update("INSERT INTO renewal_reminder (certification_id, valid_until, reminder_offset, member_id, legal_name,"
                        + " certification_type, recipient, due_at, state, claimed_by, claimed_at) VALUES (?, ?, 'P7D', ?,"
                        + " 'Orphan Ltd', 'PLATFORM', ?, ?, 'CLAIMED', 'a-dead-instance', ?)", certificationId,
                Timestamp.from(validUntil), memberId, memberId + "@x.example", Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now().minusSeconds(60)));

        await(() -> mailsTo(memberId).size() == 1);
        Thread.sleep(2000);

        assertThat(mailsTo(memberId)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT state FROM renewal_reminder WHERE certification_id = ?", String.class,
                certificationId)).isEqualTo("SENT");
    }

    @Test
    void aReminderMailedBeforeItsClaimantDiedIsOnlyPublishedNotMailedAgain() throws Exception {
        OwedReminder reminder = mailedByAClaimantThatDied("mailed");

        awaitSent(reminder);

        assertThat(mailsTo(reminder.memberId())).as("the e-mail went out before the claimant died").isEmpty();
        assertThat(notificationsOf(reminder)).as("RenewalReminderIssued published by the successor").hasSize(1);
    }

    @Test
    void aReminderPublishedBeforeItsClaimantDiedIsNotPublishedAgain() throws Exception {
        OwedReminder reminder = mailedByAClaimantThatDied("published");
        notifications.publish(reminder, Instant.now());

        awaitSent(reminder);

        assertThat(mailsTo(reminder.memberId())).isEmpty();
        assertThat(notificationsOf(reminder)).as("the dead claimant's notification, and no second one").hasSize(1);
    }

    /** A reminder left MAILED by an instance that died a minute ago, its claim since expired. */
    private OwedReminder mailedByAClaimantThatDied(String name) {
        String memberId = unique(name);
        Instant validUntil = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        Instant minuteAgo = Instant.now().minusSeconds(60);
        OwedReminder reminder = new OwedReminder(unique("cert"), memberId, "Mailed Ltd", "PLATFORM", validUntil, "P7D",
                Instant.now(), memberId + "@x.example", minuteAgo);
        jdbc.update("INSERT INTO renewal_reminder (certification_id, valid_until, reminder_offset, member_id, legal_name,"
                        + " certification_type, recipient, due_at, state, claimed_by, claimed_at, sent_at) VALUES (?, ?,"
                        + " ?, ?, ?, ?, ?, ?, 'MAILED', 'a-dead-instance', ?, ?)", reminder.certificationId(),
                Timestamp.from(validUntil), reminder.offset(), memberId, reminder.legalName(),
                reminder.certificationType(), reminder.recipient(), Timestamp.from(reminder.dueAt()),
                Timestamp.from(minuteAgo), Timestamp.from(minuteAgo));
        return reminder;
    }

    private void awaitSent(OwedReminder reminder) throws InterruptedException {
        Supplier<String> state = () -> jdbc.queryForObject("SELECT state FROM renewal_reminder"
                + " WHERE certification_id = ?", String.class, reminder.certificationId());
        await(() -> "SENT".equals(state.get()));
        assertThat(state.get()).isEqualTo("SENT");
    }

    private static List<ConsumerRecord<String, byte[]>> notificationsOf(OwedReminder reminder) {
        return TopicReader.readToEnd("certification.notifications.v1", Duration.ofSeconds(30)).stream()
                .filter(record -> reminder.eventId().equals(new String(record.headers().lastHeader("ce_id").value(),
                        StandardCharsets.UTF_8))).toList();
    }

    private static List<MimeMessage> mailsTo(String memberId) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().startsWith(memberId);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static void await(Supplier<Boolean> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.get() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    private static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(Ports.free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }
}
