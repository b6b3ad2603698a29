package org.finops.certification.query.position;

import org.finops.certification.query.views.ViewGenerations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Which generation of the read models answers, and how far it has consumed. */
@Component("readModels")
public class ReadModelHealth implements HealthIndicator {
    private final ViewGenerations generations;
    private final ProjectionPosition position;

    public ReadModelHealth(ViewGenerations generations, ProjectionPosition position) {
        this.generations = generations;
        this.position = position;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("generation", generations.active().schema())
                .withDetail("position", position.current()).build();
    }
}
