package org.finops.certification.command.infrastructure;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.finops.certification.events.ApplicationSubmitted;
import org.finops.certification.events.CertificationGranted;
import org.finops.certification.events.LegacyCertificationImported;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Which member an application or certification belongs to. Commands about them are routed to the member
 * aggregate through this table, written in the same transaction as the events that create them. An owner never
 * changes (a certification cannot be transferred), so the owners of recently used ids are kept in memory once
 * stored: the command that follows a lookup usually needs no statement for it.
 */
@Component
@ProcessingGroup(Owners.PROCESSING_GROUP)
public class Owners {
    public static final String PROCESSING_GROUP = "command-side-lookups";

    private static final int KEPT = 100_000;

    private final JdbcTemplate jdbc;
    private final Cache<String, String> applications = Caffeine.newBuilder().maximumSize(KEPT).build();
    private final Cache<String, String> certifications = Caffeine.newBuilder().maximumSize(KEPT).build();

    public Owners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> ofApplication(String applicationId) {
        return owner(applications, applicationId, "SELECT member_id FROM application_owner WHERE application_id = ?");
    }

    public Optional<String> ofCertification(String certificationId) {
        return owner(certifications, certificationId,
                "SELECT member_id FROM certification_owner WHERE certification_id = ?");
    }

    private Optional<String> owner(Cache<String, String> known, String id, String query) {
        String member = known.getIfPresent(id);
        if (member != null) {
            return Optional.of(member);
        }
        Optional<String> stored = jdbc.queryForList(query, String.class, id).stream().findFirst();
        stored.ifPresent(owner -> AfterCommit.remember(() -> known.put(id, owner)));
        return stored;
    }

    @EventHandler
    void on(ApplicationSubmitted event) {
        jdbc.update("INSERT INTO application_owner (application_id, member_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.applicationId(), event.memberId());
        AfterCommit.remember(() -> applications.put(event.applicationId(), event.memberId()));
    }

    @EventHandler
    void on(CertificationGranted event) {
        ownCertification(event.certificationId(), event.memberId());
    }

    @EventHandler
    void on(LegacyCertificationImported event) {
        ownCertification(event.certificationId(), event.memberId());
    }

    private void ownCertification(String certificationId, String memberId) {
        jdbc.update("INSERT INTO certification_owner (certification_id, member_id) VALUES (?, ?)"
                + " ON CONFLICT DO NOTHING", certificationId, memberId);
        AfterCommit.remember(() -> certifications.put(certificationId, memberId));
    }
}
