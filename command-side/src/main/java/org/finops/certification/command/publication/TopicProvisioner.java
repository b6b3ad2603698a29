package org.finops.certification.command.publication;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates the topics when missing: at start if Kafka answers, else before the first publication, so that a
 * command side started while Kafka is down still takes commands.
 */
@Component
public class TopicProvisioner implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);
    private static final int PRODUCTION_REPLICAS = 3;

    private final KafkaAdmin kafkaAdmin;
    private final PublicationSettings settings;
    private volatile boolean provisioned;

    public TopicProvisioner(KafkaAdmin kafkaAdmin, PublicationSettings settings) {
        this.kafkaAdmin = kafkaAdmin;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            ensureCreated();
        } catch (PublicationInterrupted e) {
            log.warn("Kafka is not reachable at start; the topics are created once it is ({})", e.getMessage());
        }
    }

    public void ensureCreated() {
        if (provisioned) {
            return;
        }
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            int brokers = admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).size();
            short replicas = (short) (settings.replicationFactor() > 0 ? settings.replicationFactor()
                    : Math.min(PRODUCTION_REPLICAS, brokers));
            Map<String, String> durable = Map.of("min.insync.replicas", String.valueOf(Math.min(2, replicas)));
            List<NewTopic> topics = List.of(
                    new NewTopic(settings.eventsTopic(), settings.partitions(), replicas).configs(durable),
                    new NewTopic(settings.notificationsTopic(), settings.partitions(), replicas).configs(durable),
                    // the latest leaf index of each event, for as long as the log lives: compacted, never expired
                    new NewTopic(settings.leavesTopic(), settings.partitions(), replicas).configs(Map.of(
                            "min.insync.replicas", durable.get("min.insync.replicas"), "cleanup.policy", "compact")));
            for (var result : admin.createTopics(topics).values().entrySet()) {
                try {
                    result.getValue().get(30, TimeUnit.SECONDS);
                    log.info("created topic {} ({} partitions, {} replicas)", result.getKey(), settings.partitions(),
                            replicas);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            provisioned = true;
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new PublicationInterrupted("could not create the topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationInterrupted("interrupted while creating the topics", e);
        }
    }
}
