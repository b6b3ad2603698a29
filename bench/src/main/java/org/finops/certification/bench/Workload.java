package org.finops.certification.bench;

import org.finops.certification.testing.Api;
import org.finops.certification.testing.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The mixed lifecycle of one member, one command at a time: registration, eight individual certifications,
 * a PLATFORM application and its approval. Each call returns the command's answer.
 */
final class Workload {
    static final int COMMANDS_PER_MEMBER = 11;
    private static final List<String> TYPES = List.of("PRACTITIONER", "PRACTITIONER", "PRACTITIONER", "ENGINEER",
            "ENGINEER", "PROFESSIONAL", "FOCUS_ANALYST", "FOCUS_ANALYST");

    private final Api command;
    private final String memberId;
    private int step;
    private String applicationId;

    Workload(Api command, String memberId) {
        this.command = command;
        this.memberId = memberId;
    }

    boolean done() {
        return step >= COMMANDS_PER_MEMBER;
    }

    String memberId() {
        return memberId;
    }

    Api.Reply next() {
        int current = step++;
        if (current == 0) {
            return command.post("/api/v1/members", Tokens.staff(), Map.of("memberId", memberId, "legalName",
                    memberId, "sizeBand", "LT_100", "goodStanding", true, "contactEmail", "b@b.example"));
        }
        if (current <= TYPES.size()) {
            return command.post("/api/v1/members/" + memberId + "/individual-certifications", Tokens.member(memberId),
                    Map.of("personId", "p" + current, "type", TYPES.get(current - 1),
                            "credentialId", memberId + "-" + current, "issuedOn", "2025-01-01"));
        }
        if (current == TYPES.size() + 1) {
            Api.Reply submitted = command.post("/api/v1/applications", Tokens.member(memberId), application());
            applicationId = submitted.status() == 201 ? submitted.text("applicationId") : null;
            return submitted;
        }
        return command.post("/api/v1/applications/" + applicationId + "/approve", Tokens.staff(),
                Map.of("comment", "bench"));
    }

    private Map<String, Object> application() {
        List<Map<String, String>> capabilities = new ArrayList<>();
        for (String id : List.of("data-ingestion", "allocation", "reporting-analytics", "anomaly-management",
                "forecasting", "unit-economics", "rate-optimization")) {
            capabilities.add(Map.of("capabilityId", id, "evidenceUrl", "https://b.example/" + id));
        }
        return Map.of("memberId", memberId, "type", "PLATFORM",
                "offering", Map.of("name", "Bench Tool", "url", "https://b.example/p"), "capabilities", capabilities,
                "focus", Map.of("version", "1.2", "modes", List.of("EXPORT"), "referenceUrl", "https://b.example/f"),
                "community", List.of());
    }
}
