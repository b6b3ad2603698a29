package org.finops.certification.query.views;

import org.finops.certification.events.IndividualCertificationRecorded;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.query.support.Lifecycle;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding members and certifications, and a member's recorded people, as staff and the member read them. */
class RegistryQueriesTest extends QueryApiTestBase {
    private String suffix;
    private String memberId;
    private String certificationId;
    private long position;

    @BeforeEach
    void certified() {
        suffix = unique("r");
        memberId = "globex-" + suffix;
        certificationId = "cert-" + suffix;
        stream.publish(Lifecycle.policy(), "system");
        publish(Lifecycle.certified(memberId, "Globex Systems " + suffix, certificationId, "app-" + suffix,
                Instant.now().truncatedTo(ChronoUnit.MILLIS)), "staff-ana");
        // expired yesterday: still recorded, no longer counted
        position = stream.publish(new IndividualCertificationRecorded(memberId, memberId + "-old", "old",
                IndividualCertificationType.PRACTITIONER, LocalDate.now().minusYears(3),
                LocalDate.now().minusDays(1)), "user-of-" + memberId).position();
    }

    @Test
    void aMemberReadsItsNameAndItsRecordedPeopleWithWhetherEachCountsToday() {
        Api.Reply member = get("/api/v1/members/" + memberId, Tokens.member(memberId), position);
        assertThat(member.text("legalName")).as(member.toString()).isEqualTo("Globex Systems " + suffix);
        assertThat(member.text("sizeBand")).isEqualTo("LT_100");

        Api.Reply people = get("/api/v1/members/" + memberId + "/individual-certifications", Tokens.member(memberId));
        List<JsonNode> items = people.json().path("items").valueStream().toList();
        assertThat(items).hasSize(9);
        assertThat(items).filteredOn(item -> item.path("credentialId").asString().equals(memberId + "-old"))
                .singleElement().satisfies(old -> assertThat(old.path("countsToday").asBoolean()).isFalse());
        assertThat(items).filteredOn(item -> item.path("countsToday").asBoolean()).hasSize(8);
        Api.Reply compliance = get("/api/v1/members/" + memberId + "/compliance?type=PLATFORM", Tokens.staff());
        assertThat(compliance.json().path("columns").get(0).path("held").asInt())
                .as("the expired practitioner is not counted, by the same rule").isEqualTo(5);

        assertThat(get("/api/v1/members/" + memberId, Tokens.member("intruder")).status()).isEqualTo(403);
        assertThat(get("/api/v1/members/" + memberId + "/individual-certifications", Tokens.member("intruder"))
                .status()).isEqualTo(403);
        assertThat(get("/api/v1/members/nobody-" + suffix, Tokens.staff()).status()).isEqualTo(404);
    }

    @Test
    void staffFindMembersByAnyPartOfTheirNameOrIdAndSearchTextIsNeverAPattern() {
        get("/api/v1/members/" + memberId, Tokens.staff(), position);
        Api.Reply byName = get("/api/v1/members?q=" + "systems%20" + suffix.toUpperCase(), Tokens.auditor());
        assertThat(byName.json().path("items").valueStream().map(item -> item.path("memberId").asString()))
                .as(byName.toString()).containsExactly(memberId);
        assertThat(get("/api/v1/members?q=" + suffix, Tokens.staff()).json().path("total").asLong()).isEqualTo(1);
        assertThat(get("/api/v1/members?q=%25" + suffix, Tokens.staff()).json().path("total").asLong())
                .as("a % in the search is a %, not any text").isZero();
        assertThat(get("/api/v1/members?q=globex_", Tokens.staff()).json().path("total").asLong())
                .as("an _ is an _").isZero();
        assertThat(get("/api/v1/members", Tokens.member(memberId)).status()).isEqualTo(403);
    }

    @Test
    void staffFindCertificationsByTheirIdOrTheirMembersName() {
        get("/api/v1/certifications/" + certificationId, Tokens.staff(), position);
        Api.Reply byName = get("/api/v1/certifications?q=globex%20systems%20" + suffix, Tokens.staff());
        assertThat(byName.json().path("items").valueStream().map(item -> item.path("certificationId").asString()))
                .as(byName.toString()).containsExactly(certificationId);
        Api.Reply byId = get("/api/v1/certifications?q=" + certificationId + "&status=ACTIVE&type=PLATFORM",
                Tokens.staff());
        assertThat(byId.json().path("total").asLong()).as(byId.toString()).isEqualTo(1);
        assertThat(get("/api/v1/certifications?q=" + certificationId + "&status=REVOKED", Tokens.staff()).json()
                .path("total").asLong()).isZero();
        Api.Reply bad = get("/api/v1/certifications?type=GOLD&status=SHINY", Tokens.staff());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.toString()).as("both problems at once").contains("type", "status");
    }
}
