package org.finops.certification.query.reminder;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.finops.certification.events.CloudEvent;
import org.finops.certification.events.EventTypes;
import org.finops.certification.events.RenewalReminderIssued;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@code RenewalReminderIssued} on the notifications topic, with a ce_id fixed per reminder. */
@Component
public class ReminderNotifications {
    static final String SOURCE = "/certification/query-side/reminders";

    private final KafkaTemplate<String, byte[]> kafka;
    private final JsonMapper json;
    private final String topic;

    public ReminderNotifications(KafkaTemplate<String, byte[]> kafka, JsonMapper json,
                                 @Value("${cert.kafka.notifications-topic:certification.notifications.v1}") String topic) {
        this.kafka = kafka;
        this.json = json;
        this.topic = topic;
    }

    public void publish(OwedReminder reminder, Instant issuedAt)
            throws ExecutionException, InterruptedException, TimeoutException {
        RenewalReminderIssued event = new RenewalReminderIssued(reminder.memberId(), reminder.certificationId(),
                reminder.certificationType(), reminder.validUntil(), reminder.offset(), reminder.dueAt());
        CloudEvent cloudEvent = new CloudEvent(reminder.eventId(), SOURCE,
                EventTypes.of(RenewalReminderIssued.class).orElseThrow().ceType(), reminder.certificationId(),
                issuedAt, reminder.memberId(), "system:reminders", null, null, -1);
        List<Header> headers = cloudEvent.headers().entrySet().stream()
                .<Header>map(header -> new RecordHeader(header.getKey(), header.getValue())).toList();
        kafka.send(new ProducerRecord<>(topic, null, reminder.memberId(), json.writeValueAsBytes(event), headers))
                .get(30, TimeUnit.SECONDS);
    }
}
