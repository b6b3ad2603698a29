package org.finops.certification.query.reminder;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.finops.certification.events.CloudEvent;
import org.finops.certification.events.EventTypes;
import org.finops.certification.events.RenewalReminderIssued;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code RenewalReminderIssued} on the notifications topic, with a ce_id fixed per reminder, and whether the topic
 * holds it already: asked only when a claimant died after mailing, so that its successor does not publish twice.
 */
@Component
public class ReminderNotifications {
    static final String SOURCE = "/certification/query-side/reminders";
    /** Records are stamped by the producer's clock after the MAILED mark; the margin covers clocks apart. */
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);
    private static final Duration READ_LIMIT = Duration.ofSeconds(30);

    private final KafkaTemplate<String, byte[]> kafka;
    private final ConsumerFactory<String, byte[]> consumers;
    private final JsonMapper json;
    private final String topic;

    public ReminderNotifications(KafkaTemplate<String, byte[]> kafka, ConsumerFactory<String, byte[]> consumers,
                                 JsonMapper json,
                                 @Value("${cert.kafka.notifications-topic:certification.notifications.v1}") String topic) {
        this.kafka = kafka;
        this.consumers = consumers;
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

    /**
     * Reads the topic from shortly before the e-mail was recorded up to its end. All partitions: reminders are few,
     * and this way the answer does not depend on how the producer partitions.
     */
    public boolean alreadyPublished(OwedReminder reminder) {
        byte[] eventId = reminder.eventId().getBytes(StandardCharsets.UTF_8);
        try (Consumer<String, byte[]> consumer = consumers.createConsumer(null, "reminder-check")) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long since = reminder.mailedAt().minus(CLOCK_MARGIN).toEpochMilli();
            consumer.offsetsForTimes(partitions.stream().collect(Collectors.toMap(p -> p, p -> since)))
                    .forEach((partition, start) -> consumer.seek(partition,
                            start == null ? ends.get(partition) : start.offset()));
            Instant giveUp = Instant.now().plus(READ_LIMIT);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("the notifications topic could not be read to its end");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    Header id = record.headers().lastHeader("ce_id");
                    if (id != null && Arrays.equals(id.value(), eventId)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
