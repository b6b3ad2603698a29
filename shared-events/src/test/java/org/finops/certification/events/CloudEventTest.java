package org.finops.certification.events;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CloudEventTest {

    @Test
    void theTypeNamesTheEventAndItsVersion() {
        assertThat(EventTypes.of(CertificationGranted.class).orElseThrow().ceType())
                .isEqualTo("org.finops.certification.CertificationGranted.v1");
        assertThat(EventTypes.ofCeType("org.finops.certification.TransferRefused.v1").orElseThrow().recordClass())
                .isEqualTo(TransferRefused.class);
        assertThat(EventTypes.ofCeType("org.finops.certification.Unknown.v1")).isEmpty();
    }

    @Test
    void theHeadersAreTheContractsAndRoundTrip() {
        CloudEvent event = new CloudEvent("e-1", "/certification/command-side", "org.finops.certification.X.v1", "acme",
                Instant.parse("2026-01-01T00:00:00Z"), "acme", "staff-ana", "2025-1", "corr-1", 42);
        Map<String, byte[]> headers = event.headers();
        assertThat(headers.keySet()).containsExactly("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_subject",
                "ce_time", "content-type", "ce_memberid", "ce_actor", "ce_policyversion", "ce_correlationid",
                "ce_position");
        assertThat(new String(headers.get("ce_specversion"), StandardCharsets.UTF_8)).isEqualTo("1.0");
        assertThat(new String(headers.get("content-type"), StandardCharsets.UTF_8)).isEqualTo("application/json");
        assertThat(CloudEvent.fromHeaders(headers)).isEqualTo(event);
    }

    @Test
    void absentOptionalAttributesAreLeftOut() {
        CloudEvent event = new CloudEvent("e-2", "/s", "t", null, Instant.EPOCH, null, null, null, null, 7);
        assertThat(event.headers()).doesNotContainKeys("ce_subject", "ce_memberid", "ce_actor", "ce_policyversion");
    }
}
