package org.finops.certification.command.api;

import org.finops.certification.testing.Api;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Transfers and white-label extensions are always refused, and every refusal stays in the store. */
class NonTransferabilityApiTest extends ApiTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aTransferIsRefusedAndRecordedWithActorAndReason() {
        String memberId = certifiedMember("seller");
        Api.Reply reply = api.send("POST", "/api/v1/certifications/" + certificationOf(memberId) + "/transfer",
                Tokens.staff(), Map.of("toMemberId", "buyer", "reason", "acquired by buyer"),
                Map.of("X-Correlation-Id", "corr-transfer-1"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.text("code")).isEqualTo("NOT_TRANSFERABLE");
        assertThat(reply.header("X-Event-Position")).isNotNull();

        JsonNode refusal = lastEvent(memberId, "TransferRefused");
        assertThat(refusal.path("payload").path("request").asString()).isEqualTo("TRANSFER");
        assertThat(refusal.path("payload").path("requestedFor").asString()).isEqualTo("buyer");
        assertThat(refusal.path("payload").path("requestReason").asString()).isEqualTo("acquired by buyer");
        assertThat(refusal.path("meta").path("actor").asString()).isEqualTo("staff-ana");
        assertThat(refusal.path("meta").path("reason").asString()).isEqualTo("acquired by buyer");
        assertThat(refusal.path("meta").path("correlationId").asString()).isEqualTo("corr-transfer-1");
        assertThat(refusal.path("meta").path("causationId").asString()).isNotBlank();
    }

    @Test
    void aWhiteLabelExtensionIsRefusedAndRecordedEvenWhenTheOwnerAsks() {
        String memberId = certifiedMember("vendor");
        Api.Reply reply = api.post("/api/v1/certifications/" + certificationOf(memberId) + "/white-label-partners",
                Tokens.member(memberId), Map.of("partnerMemberId", "reseller"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.text("code")).isEqualTo("NOT_TRANSFERABLE");
        JsonNode refusal = lastEvent(memberId, "TransferRefused");
        assertThat(refusal.path("payload").path("request").asString()).isEqualTo("WHITE_LABEL_EXTENSION");
        assertThat(refusal.path("meta").path("actor").asString()).isEqualTo("user-of-" + memberId);
    }

    @Test
    void anApplicationCitingAnotherOrganisationsCertificationIsRefusedAndRecorded() {
        String vendor = certifiedMember("origin");
        String partner = registerMember("whitelabel", "LT_100");
        Map<String, Object> application = platformApplication(partner);
        application.put("basedOnCertificationId", certificationOf(vendor));

        Api.Reply reply = api.post("/api/v1/applications", Tokens.member(partner), application);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.text("code")).isEqualTo("NOT_TRANSFERABLE");
        assertThat(lastEvent(partner, "TransferRefused").path("payload").path("request").asString())
                .isEqualTo("APPLICATION_BASED_ON_ANOTHER_ORGANISATIONS_CERTIFICATION");
        assertThat(eventsOf(partner, "ApplicationSubmitted")).isZero();
    }

    private JsonNode lastEvent(String memberId, String eventName) {
        return jdbc.queryForObject("SELECT payload, meta_data FROM domain_event_entry WHERE aggregate_identifier = ?"
                        + " AND payload_type LIKE ? ORDER BY global_index DESC LIMIT 1",
                (row, n) -> JSON.createObjectNode().set("payload", JSON.readTree(row.getBytes(1)))
                        .set("meta", JSON.readTree(row.getBytes(2))),
                memberId, "%." + eventName);
    }
}
