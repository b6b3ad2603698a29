package org.finops.certification.query.credential;

import org.finops.certification.events.CertificationType;
import org.finops.certification.query.views.ViewGenerations;
import org.finops.certification.query.views.ViewStore;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A certification as an Open Badges 3.0 {@code OpenBadgeCredential}, unsigned: the member organisation is the
 * subject (its directory page its id, its legal name an {@code IdentityObject}: OB 3.0's subject has no name of its
 * own), the certification the achievement, the period the validity, and its two status list entries. One credential
 * per validity period: the same period always gives the same credential, and a renewal a new one, valid from the
 * renewal (so one renewed early overlaps the credential before it, which stays valid until its own end).
 */
@Component
public class OpenBadges {
    private static final JsonMapper JSON = CredentialJson.MAPPER;
    private static final String REQUIREMENTS = "the requirements for the organisation's size band, the certified"
            + " people it employs, and its standing as a member.";

    private final ViewGenerations generations;
    private final Issuer issuer;
    private final StatusLists statusLists;

    public OpenBadges(ViewGenerations generations, Issuer issuer, StatusLists statusLists) {
        this.generations = generations;
        this.issuer = issuer;
        this.statusLists = statusLists;
    }

    /** What a credential is issued from: the certification's current period, and its member's name. */
    public record Certified(String certificationId, String memberId, String legalName, CertificationType type,
                            String status, Instant validFrom, Instant validUntil, String policyVersion) {
    }

    public Optional<Certified> certified(String certificationId) {
        ViewStore views = generations.active();
        // a renewal's credential holds from the renewal itself: one renewed early overlaps the previous credential
        return views.jdbc().query("SELECT c.certification_id, c.member_id, m.legal_name, c.type, c.status,"
                        + " LEAST(c.period_start, (SELECT max(h.occurred_at) FROM "
                        + views.table("certification_history") + " h WHERE h.certification_id = c.certification_id"
                        + " AND h.event_type = 'CertificationRenewed')), c.valid_until, c.policy_version FROM "
                        + views.table("certification_status") + " c JOIN " + views.table("member_view") + " m"
                        + " ON m.member_id = c.member_id WHERE c.certification_id = ?",
                (row, n) -> new Certified(row.getString(1), row.getString(2), row.getString(3),
                        CertificationType.valueOf(row.getString(4)), row.getString(5),
                        row.getTimestamp(6).toInstant(), row.getTimestamp(7).toInstant(), row.getString(8)),
                certificationId).stream().findFirst();
    }

    public ObjectNode credential(Certified certified, StatusIndexes.Place place) {
        ObjectNode credential = JSON.createObjectNode();
        credential.putArray("@context").add(PinnedContexts.CREDENTIALS_V2).add(PinnedContexts.OPEN_BADGES_V3);
        credential.put("id", "urn:uuid:" + UUID.nameUUIDFromBytes((certified.certificationId() + "|"
                + certified.validFrom()).getBytes(StandardCharsets.UTF_8)));
        credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        credential.put("name", certified.type().title() + ": " + certified.legalName());
        credential.set("issuer", issuer.profile());
        credential.put("validFrom", certified.validFrom().toString());
        credential.put("validUntil", certified.validUntil().toString());
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.put("id", issuer.organisationUrl(certified.memberId()));
        subject.putArray("type").add("AchievementSubject");
        ObjectNode name = subject.putArray("identifier").addObject();
        name.put("type", "IdentityObject");
        name.put("identityHash", certified.legalName());
        name.put("identityType", "name");
        name.put("hashed", false);
        subject.set("achievement", achievement(certified));
        ArrayNode status = credential.putArray("credentialStatus");
        for (StatusPurpose purpose : StatusPurpose.values()) {
            String list = statusLists.url(purpose, place.listId());
            ObjectNode entry = status.addObject();
            entry.put("id", list + "#" + place.index());
            entry.put("type", "BitstringStatusListEntry");
            entry.put("statusPurpose", purpose.value());
            entry.put("statusListIndex", Integer.toString(place.index()));
            entry.put("statusListCredential", list);
        }
        return credential;
    }

    private ObjectNode achievement(Certified certified) {
        ObjectNode achievement = achievement(certified.type());
        String policy = certified.policyVersion() == null
                ? "Imported from the foundation's earlier certification programme."
                : "Reviewed by foundation staff against certification policy version " + certified.policyVersion()
                + ": " + REQUIREMENTS;
        achievement.putObject("criteria").put("narrative", policy);
        return achievement;
    }

    /** The achievement a type of certification is, as published at its id (criteria: the policy in force). */
    public ObjectNode achievement(CertificationType type) {
        ObjectNode achievement = JSON.createObjectNode();
        achievement.put("id", issuer.url("/credentials/achievements/" + type.name().toLowerCase()));
        achievement.putArray("type").add("Achievement");
        achievement.put("achievementType", "Certification");
        achievement.put("name", type.title());
        achievement.put("description", "The FinOps Foundation certifies that the organisation meets the "
                + type.title() + " requirements for its size and the individual certifications of its people.");
        achievement.putObject("criteria").put("narrative", "Reviewed by foundation staff against the certification"
                + " policy in force: " + REQUIREMENTS);
        return achievement;
    }
}
