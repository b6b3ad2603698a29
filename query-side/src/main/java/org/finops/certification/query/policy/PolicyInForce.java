package org.finops.certification.query.policy;

import org.finops.certification.events.PolicyPublished;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.support.web.NotFound;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which published version is in force now: the latest whose effective date has come (the later version first when
 * two take effect together), as the command side applies it. Compliance answers and the policy list both ask here.
 */
@Component
public class PolicyInForce {
    private final Clock clock;
    private final JsonMapper json;

    public PolicyInForce(Clock clock, JsonMapper json) {
        this.clock = clock;
        this.json = json;
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

    /** Every published version, the latest effective first, its document as published. */
    public List<Published> all(ViewStore views) {
        return views.jdbc().query("SELECT version, effective_from, document FROM " + views.table("policy_view")
                        + " ORDER BY effective_from DESC, version DESC",
                (row, n) -> new Published(row.getString(1), row.getTimestamp(2).toInstant(),
                        json.readTree(row.getString(3))));
    }

    public record Version(String version, String document) {
    }

    public record Published(String version, Instant effectiveFrom, JsonNode document) {
    }
}
