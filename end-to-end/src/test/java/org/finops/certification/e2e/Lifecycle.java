package org.finops.certification.e2e;

import org.finops.certification.testing.Api;
import org.finops.certification.testing.Tokens;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the command API the way a member and the staff would. */
final class Lifecycle {
    private static final List<String> BANDS = List.of("LT_100", "100_499", "500_4999", "5000_PLUS");
    private final Api command;

    Lifecycle(Api command) {
        this.command = command;
    }

    /** A policy of seconds: small LT_100 requirements, every band present, durations as given. */
    void publishPolicy(String version, String validity, String window, List<String> reminders) {
        Map<String, Object> counts = Map.of("PRACTITIONER", 5, "PROFESSIONAL", 1, "FOCUS_ANALYST", 2);
        Map<String, Object> bands = new LinkedHashMap<>();
        BANDS.forEach(band -> bands.put(band, counts));
        Map<String, Object> document = Map.of("effectiveFrom", Instant.now().minusSeconds(1).toString(),
                "validity", validity, "renewalWindow", window, "reminders", reminders,
                "requirements", Map.of("PLATFORM", bands, "SERVICE_PROVIDER", bands),
                "capabilities", Map.of("PLATFORM", Map.of("allocation", 3), "SERVICE_PROVIDER", Map.of("allocation", 3)),
                "minimumCapabilityTotal", Map.of("PLATFORM", 3, "SERVICE_PROVIDER", 3));
        Api.Reply reply = command.put("/api/v1/policies/" + version, Tokens.staff(), document);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    /** Registers the member with enough individual certifications, applies and gets approved. */
    Api.Reply certify(String memberId) {
        ok(command.post("/api/v1/members", Tokens.staff(), Map.of("memberId", memberId, "legalName", memberId + " Ltd",
                "sizeBand", "LT_100", "goodStanding", true, "contactEmail", "certs@" + memberId + ".example")));
        List<String> types = List.of("PRACTITIONER", "PRACTITIONER", "PRACTITIONER", "ENGINEER", "ENGINEER",
                "PROFESSIONAL", "FOCUS_ANALYST", "FOCUS_ANALYST");
        for (int i = 0; i < types.size(); i++) {
            ok(command.post("/api/v1/members/" + memberId + "/individual-certifications", Tokens.member(memberId),
                    Map.of("personId", "p" + i, "type", types.get(i), "credentialId", memberId + "-" + i,
                            "issuedOn", "2025-01-01")));
        }
        Map<String, Object> application = new LinkedHashMap<>(content());
        application.put("memberId", memberId);
        application.put("type", "PLATFORM");
        Api.Reply submitted = ok(command.post("/api/v1/applications", Tokens.member(memberId), application));
        return ok(command.post("/api/v1/applications/" + submitted.text("applicationId") + "/approve",
                Tokens.staff(), Map.of("comment", "meets the policy")));
    }

    Api.Reply renew(String memberId, String certificationId) {
        Api.Reply requested = ok(command.post("/api/v1/certifications/" + certificationId + "/renewals",
                Tokens.member(memberId), content()));
        return ok(command.post("/api/v1/applications/" + requested.text("applicationId") + "/approve",
                Tokens.staff(), Map.of("comment", "renewed")));
    }

    static Map<String, Object> content() {
        List<Map<String, String>> capabilities = new ArrayList<>();
        capabilities.add(Map.of("capabilityId", "allocation", "evidenceUrl", "https://x.example/allocation"));
        return Map.of("offering", Map.of("name", "Cost Tool", "url", "https://x.example/product"),
                "capabilities", capabilities,
                "focus", Map.of("version", "1.2", "modes", List.of("EXPORT"), "referenceUrl", "https://x.example/f"),
                "community", List.of());
    }

    private static Api.Reply ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 201);
        return reply;
    }
}
