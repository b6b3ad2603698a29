package org.finops.certification.query.policy;

import org.finops.certification.events.PolicyPublished;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.support.web.NotFound;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/**
 * Which published version is in force now: the latest whose effective date has come (the later version first when
 * two take effect together), as the command side applies it. Compliance answers and the policy list both ask here.
 */
@Component
public class PolicyInForce {
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public PolicyInForce(Clock clock) {
        this.clock = clock;
    }

    /** @return the version and its document, as the member projection stored them */
    public Optional<Version> in(ViewStore views) {
        return views.jdbc().query("SELECT version, document FROM " + views.table("policy_view")
                        + " WHERE effective_from <= ? ORDER BY effective_from DESC, version DESC LIMIT 1",
                (row, n) -> new Version(row.getString(1), row.getString(2)), Timestamp.from(clock.instant()))
                .stream().findFirst();
    }

    /** The rules in force, read as the command side published them; 404 before any version takes effect. */
    public PolicyPublished published(ViewStore views) {
        return in(views).map(inForce -> json.readValue(inForce.document(), PolicyPublished.class))
                .orElseThrow(() -> new NotFound("no policy is in force yet"));
    }

    public record Version(String version, String document) {
    }
}
