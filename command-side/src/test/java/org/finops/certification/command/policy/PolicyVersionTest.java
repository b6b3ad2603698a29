package org.finops.certification.command.policy;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.finops.certification.command.rules.InvalidState;
import org.finops.certification.command.support.ShippedPolicy;
import org.finops.certification.events.PolicyPublished;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

class PolicyVersionTest {
    private AggregateTestFixture<PolicyVersion> fixture;
    private PolicyPublished shipped;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PolicyVersion.class);
        shipped = ShippedPolicy.document().toPublished("2026-1");
    }

    @Test
    void canPublishANewVersion() {
        fixture.givenNoPriorActivity()
                .when(new PublishPolicy("2026-1", shipped))
                .expectEvents(shipped);
    }

    @Test
    void publishingTheSameContentAgainChangesNothing() {
        fixture.given(shipped)
                .when(new PublishPolicy("2026-1", shipped))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotChangeAPublishedVersion() {
        PolicyPublished changed = new PolicyPublished("2026-1", shipped.effectiveFrom(), "P24M",
                shipped.renewalWindow(), List.of("P30D"), shipped.requirements(), shipped.countsToward(),
                shipped.capabilities(), shipped.minimumCapabilityTotal());
        fixture.given(shipped)
                .when(new PublishPolicy("2026-1", changed))
                .expectException(InvalidState.class);
    }
}
