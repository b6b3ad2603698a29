package org.finops.certification.command.policy;

import org.finops.certification.command.support.ShippedPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyDocumentTest {

    @Test
    void theShippedPolicyIsValid() {
        assertThat(ShippedPolicy.document().problems()).isEmpty();
    }

    @Test
    void namesEveryProblemOfADocument() {
        PolicyDocument shipped = ShippedPolicy.document();
        PolicyDocument broken = new PolicyDocument(null, "twelve months", shipped.renewalWindow(), List.of("P1D", "x"),
                null, null, shipped.capabilities(), null);
        assertThat(broken.problems()).containsKeys("effectiveFrom", "validity", "reminders[1]",
                "requirements.PLATFORM.500_4999", "requirements.SERVICE_PROVIDER.LT_100",
                "minimumCapabilityTotal.PLATFORM");
        assertThat(broken.problems()).doesNotContainKeys("renewalWindow", "reminders[0]", "capabilities.PLATFORM");
    }
}
