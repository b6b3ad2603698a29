package org.finops.certification.command.transparency;

import org.finops.certification.support.health.KafkaConnectivity;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.List;

/** The store as the log proves it: DEGRADED, naming the events, while a stored event no longer matches its leaf. */
// shown as "transparencyLog": Spring Boot names a health component after its bean, without this suffix
@Component("transparencyLogHealthIndicator")
class StoreCheckHealth implements HealthIndicator {
    private static final int SHOWN = 10;

    private final StoreCheck check;

    StoreCheckHealth(StoreCheck check) {
        this.check = check;
    }

    @Override
    public Health health() {
        List<StoreCheck.Mismatch> mismatches = check.mismatches();
        if (mismatches.isEmpty()) {
            return Health.up().build();
        }
        return Health.status(KafkaConnectivity.DEGRADED).withDetail("reason", mismatches.size() + " stored event(s)"
                        + " no longer match their leaf in the transparency log: edited or deleted after they were"
                        + " logged (GET /api/v1/transparency/store-check)")
                .withDetail("mismatches", mismatches.subList(0, Math.min(SHOWN, mismatches.size()))).build();
    }
}
