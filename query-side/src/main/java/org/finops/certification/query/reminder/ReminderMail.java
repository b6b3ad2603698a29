package org.finops.certification.query.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The reminder e-mail to the member's certification contact, with a Message-ID fixed per reminder. */
@Component
public class ReminderMail {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final JavaMailSender mail;
    private final String from;

    public ReminderMail(JavaMailSender mail, @Value("${cert.reminders.from:certification@finops.example}") String from) {
        this.mail = mail;
        this.from = from;
    }

    public void send(OwedReminder reminder) throws MessagingException {
        MimeMessage message = new FixedIdMessage(mail.createMimeMessage().getSession(), reminder.messageId());
        message.setFrom(new InternetAddress(from));
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(reminder.recipient()));
        message.setSubject("Your " + name(reminder.certificationType()) + " certification ends on "
                + DAY.format(reminder.validUntil()));
        message.setText("""
                Dear %s,

                your %s certification (%s) is valid until %s.
                To keep it, request its renewal before then: a renewal approved in time continues from that date.

                This is the %s reminder; you receive each reminder once.
                The FinOps Foundation certification team
                """.formatted(reminder.legalName(), name(reminder.certificationType()), reminder.certificationId(),
                DAY.format(reminder.validUntil()), reminder.offset()), "UTF-8");
        mail.send(message);
    }

    private static String name(String type) {
        return switch (type) {
            case "SERVICE_PROVIDER" -> "FinOps Certified Service Provider";
            case "PLATFORM" -> "FinOps Certified Platform";
            default -> "FinOps " + type.toLowerCase().replace('_', ' ');
        };
    }

    /** JavaMail would make a new Message-ID on every save; a resend must carry the first one. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
