package org.finops.certification.query.views;

import org.finops.certification.events.CertificationRevoked;
import org.finops.certification.events.CertificationSuspended;
import org.finops.certification.query.support.EventStream;
import org.finops.certification.query.support.Lifecycle;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.IdentifierColumns;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.finops.certification.events.IndividualCertificationType.ENGINEER;

/** Replaying the whole topic into a fresh generation ends in the same rows as the live views. */
class RebuildTest extends QueryApiTestBase {
    private static final List<String> VIEWS = List.of("member_view", "member_credential", "policy_view",
            "certification_status", "certification_history", "application_view", "renewal_due", "audit_entry",
            "directory_entry", "processed_event", "consumer_offset");

    @Test
    void aRebuildEndsInTheSameRowsAsTheLiveViews() throws Exception {
        stream.publish(Lifecycle.policy(), "system");
        long last = 0;
        List<String> members = new ArrayList<>();
        List<String> certifications = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(unique("m" + i));
            certifications.add(unique("cert"));
            last = publish(Lifecycle.certified(members.get(i), "Member " + i, certifications.get(i), unique("app"),
                    Instant.parse("2026-01-01T00:00:00Z")), "staff-ana");
        }
        // one out of the directory but in force, one ended: the views that follow the status keep what they should
        stream.publish(new CertificationSuspended(members.get(0), certifications.get(0), "audit"), "staff-ana");
        stream.publish(new CertificationRevoked(members.get(1), certifications.get(1), "misuse"), "staff-ana");
        // the same event again at a later offset, and one after it on the member's partition: the copy is applied
        // once live, and once by the rebuild
        String member = unique("m-again");
        EventStream.Published credential = stream.publish(Lifecycle.credential(member, "p-1", ENGINEER), "staff-ana");
        stream.send(credential);
        last = Math.max(last, stream.publish(Lifecycle.credential(member, "p-2", ENGINEER), "staff-ana").position());
        get("/api/v1/audit", Tokens.staff(), last);
        ViewStore live = generations.active();

        Api.Reply started = api.send("POST", "/api/v1/admin/rebuild", Tokens.staff(), null, Map.of());
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        Api.Reply progress = awaitDone(Duration.ofSeconds(120));
        ViewStore rebuilt = generations.active();

        assertThat(progress.text("state")).isEqualTo("DONE");
        assertThat(rebuilt.schema()).isNotEqualTo(live.schema());
        for (String view : VIEWS) {
            assertThat(rows(rebuilt, view)).as(view).isEqualTo(rows(live, view));
        }
        String suspended = certifications.get(0);
        String revoked = certifications.get(1);
        assertThat(rows(rebuilt, "directory_entry")).as("neither suspended nor revoked")
                .noneMatch(row -> row.contains(suspended) || row.contains(revoked))
                .anyMatch(row -> row.contains(certifications.get(2)));
        assertThat(rows(rebuilt, "renewal_due")).as("in force, suspended or not")
                .anyMatch(row -> row.contains(suspended)).noneMatch(row -> row.contains(revoked));
        assertThat(indexes(rebuilt)).as("filled without its query indexes, it answers with all of them")
                .isEqualTo(indexes(live)).contains("audit_entry_time ON audit_entry USING btree (occurred_at, \"position\")");
        assertThat(rebuilt.jdbc().queryForList("SELECT DISTINCT tablename FROM pg_stats WHERE schemaname = ?",
                String.class, rebuilt.schema())).as("analyzed before it answers")
                .contains("directory_entry", "audit_entry", "certification_status");
        List<String> rebuiltIdentifiers = identifiers(rebuilt.schema());
        assertThat(rebuiltIdentifiers).contains("audit_entry.certification_id C");
        assertThat(IdentifierColumns.notInByteOrder(rebuiltIdentifiers)).as("byte-ordered in the new generation")
                .isEmpty();
        assertThat(get("/api/v1/directory", null).status()).isEqualTo(200);
        long after = stream.publish(Lifecycle.credential("after-rebuild", "x", ENGINEER), "staff-ana").position();
        assertThat(get("/api/v1/audit?memberId=after-rebuild", Tokens.staff(), after).json().path("total").asInt())
                .as("the live consumer follows the new generation").isEqualTo(1);
    }

    @Test
    void identifiersCompareByteByByte() {
        List<String> columns = new ArrayList<>(identifiers(generations.active().schema()));
        columns.addAll(identifiers("public"));
        assertThat(columns).contains("audit_entry.event_id C", "directory_entry.certification_id C",
                "renewal_reminder.certification_id C", "transparency_leaf_index.event_id C");
        assertThat(IdentifierColumns.notInByteOrder(columns)).isEmpty();
    }

    @Test
    void onlyStaffRebuild() {
        assertThat(api.send("POST", "/api/v1/admin/rebuild", Tokens.auditor(), null, Map.of()).status())
                .isEqualTo(403);
    }

    private Api.Reply awaitDone(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Api.Reply progress = get("/api/v1/admin/rebuild", Tokens.staff());
        while (progress.text("state").equals("RUNNING") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            progress = get("/api/v1/admin/rebuild", Tokens.staff());
        }
        return progress;
    }

    private List<String> identifiers(String schema) {
        return generations.active().jdbc().queryForList(IdentifierColumns.OF_SCHEMA, String.class, schema);
    }

    /** Every index of a generation as its definition, without the schema's name. */
    private static List<String> indexes(ViewStore views) {
        return views.jdbc().queryForList("SELECT replace(indexdef, schemaname || '.', '') FROM pg_indexes"
                + " WHERE schemaname = ? ORDER BY indexname", String.class, views.schema()).stream()
                .map(definition -> definition.replaceFirst("^CREATE (UNIQUE )?INDEX ", "")).toList();
    }

    /** Every row of a view as text, in primary-key order: the comparison is of the values themselves. */
    private static List<String> rows(ViewStore views, String view) {
        return views.jdbc().queryForList("SELECT t::text FROM " + views.table(view) + " t ORDER BY 1", String.class);
    }
}
