package org.finops.certification.command.transparency;

import org.erdtman.jcs.JsonCanonicalizer;
import org.finops.certification.support.crypto.Sha256;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the log holds of one stored event: its identity, its CloudEvents type and time as published, and two
 * digests, of its published {@code data} and of its decision's audit facts. Public, so it names no person: who
 * decided is proved by the trail's entry, whose facts hash to {@code auditSha256}. The bytes hashed are the RFC 8785
 * (JCS) form of this object, by the JCS reference implementation; {@code memberId} is {@code null}, not absent,
 * for an event of no member.
 */
record LogLeaf(String eventId, String type, String memberId, long aggregateSequence, String time,
               String auditSha256, String dataSha256) {

    /** The facts that explain a decision, as the audit trail keeps them; their digest goes into the leaf. */
    record AuditFacts(String actor, List<String> roles, String reason, String correlationId) {
        String sha256(JsonMapper json) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("actor", actor);
            facts.put("roles", roles);
            facts.put("reason", reason);
            facts.put("correlationId", correlationId);
            return sha256Hex(canonical(json, facts));
        }
    }

    byte[] bytes(JsonMapper json) {
        Map<String, Object> leaf = new LinkedHashMap<>();
        leaf.put("eventId", eventId);
        leaf.put("type", type);
        leaf.put("memberId", memberId);
        leaf.put("aggregateSequence", aggregateSequence);
        leaf.put("time", time);
        leaf.put("auditSha256", auditSha256);
        leaf.put("dataSha256", dataSha256);
        return canonical(json, leaf);
    }

    private static byte[] canonical(JsonMapper json, Map<String, Object> object) {
        try {
            return new JsonCanonicalizer(json.writeValueAsString(object)).getEncodedString()
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("JCS refused JSON that Jackson wrote", e);
        }
    }

    static String sha256Hex(byte[] data) {
        return Sha256.hex(data);
    }
}
