package org.finops.certification.command.infrastructure;

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
 * aggregate through this table, written in the same transaction as the events that create them.
 */
@Component
@ProcessingGroup(Owners.PROCESSING_GROUP)
public class Owners {
    public static final String PROCESSING_GROUP = "command-side-lookups";

    private final JdbcTemplate jdbc;

    public Owners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> ofApplication(String applicationId) {
        return jdbc.queryForList("SELECT member_id FROM application_owner WHERE application_id = ?", String.class,
                applicationId).stream().findFirst();
    }

    public Optional<String> ofCertification(String certificationId) {
        return jdbc.queryForList("SELECT member_id FROM certification_owner WHERE certification_id = ?",
                String.class, certificationId).stream().findFirst();
    }

    @EventHandler
    void on(ApplicationSubmitted event) {
        jdbc.update("INSERT INTO application_owner (application_id, member_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.applicationId(), event.memberId());
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
    }
}
