package org.finops.certification.support.health;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Whether Kafka answers. Unreachable is DEGRADED, not DOWN: the command side still takes commands (publication
 * catches up later) and the query side still answers from what it applied, so neither should leave the load
 * balancer; the state shows in readiness and in the details. Checked at most every few seconds.
 */
@Component("kafka")
public class KafkaConnectivity implements HealthIndicator {
    public static final Status DEGRADED = new Status("DEGRADED");
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration CACHE = Duration.ofSeconds(5);

    private final Map<String, Object> config;
    private volatile Health last;
    private volatile Instant checkedAt = Instant.EPOCH;

    public KafkaConnectivity(KafkaAdmin kafkaAdmin) {
        this.config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
    }

    @Override
    public Health health() {
        if (last == null || Instant.now().isAfter(checkedAt.plus(CACHE))) {
            last = check();
            checkedAt = Instant.now();
        }
        return last;
    }

    private Health check() {
        Object bootstrap = config.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        try (Admin admin = Admin.create(config)) {
            int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                    .nodes().get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS).size();
            return Health.up().withDetail("bootstrapServers", bootstrap).withDetail("brokers", brokers).build();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return Health.status(DEGRADED).withDetail("bootstrapServers", bootstrap)
                    .withDetail("reachable", false).build();
        }
    }
}
