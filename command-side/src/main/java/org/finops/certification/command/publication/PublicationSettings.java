package org.finops.certification.command.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Topic names and shape. Partitions and replication default to what a 3-broker production cluster wants; a
 * replication factor of 0 means "as many replicas as brokers, at most 3", so one local broker works unchanged.
 */
@ConfigurationProperties(prefix = "cert.kafka")
public record PublicationSettings(String eventsTopic, String notificationsTopic, String leavesTopic, int partitions,
                                  int replicationFactor, Duration acknowledgementTimeout) {
    public PublicationSettings {
        eventsTopic = eventsTopic == null ? "certification.events.v1" : eventsTopic;
        notificationsTopic = notificationsTopic == null ? "certification.notifications.v1" : notificationsTopic;
        leavesTopic = leavesTopic == null ? "certification.transparency.v1" : leavesTopic;
        partitions = partitions <= 0 ? 12 : partitions;
        acknowledgementTimeout = acknowledgementTimeout == null ? Duration.ofSeconds(60) : acknowledgementTimeout;
    }
}
