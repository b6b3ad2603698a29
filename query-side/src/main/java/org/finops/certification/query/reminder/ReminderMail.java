package org.finops.certification.query.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import jakarta.mail.Transport;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The reminder e-mail to the member's certification contact, with a Message-ID fixed per reminder. A batch of
 * reminders goes through one SMTP connection ({@link Outbox}): each message is sent when the server answers its
 * data with 250, with no QUIT and no connection set-up between that answer and the MAILED mark, which keeps the one
 * window SMTP leaves (the server took the e-mail, the mark never landed) as short as a commit.
 */
@Component
public class ReminderMail {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final JavaMailSenderImpl mail;
    private final String from;

    public ReminderMail(JavaMailSenderImpl mail,
                        @Value("${cert.reminders.from:certification@finops.example}") String from) {
        this.mail = mail;
        this.from = from;
    }

    /** A connection for one batch; connected at the first message, closed by the caller. */
    public Outbox open() {
        return new Outbox();
    }

    private MimeMessage message(OwedReminder reminder) throws MessagingException {
        MimeMessage message = new FixedIdMessage(mail.getSession(), reminder.messageId());
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
        message.saveChanges();
        return message;
    }

    /** One SMTP connection, reconnected when the server dropped it between two messages. */
    public final class Outbox implements AutoCloseable {
        private Transport transport;

        public void send(OwedReminder reminder) throws MessagingException {
            MimeMessage message = message(reminder);
            if (transport == null || !transport.isConnected()) {
                close();
                transport = mail.getSession().getTransport(mail.getProtocol());
                transport.connect(mail.getHost(), mail.getPort(), mail.getUsername(), mail.getPassword());
            }
            transport.sendMessage(message, message.getAllRecipients());
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    // the messages sent on it were answered already; a failed QUIT changes nothing
                }
                transport = null;
            }
        }
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
