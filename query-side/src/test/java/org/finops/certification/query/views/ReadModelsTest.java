package org.finops.certification.query.views;

import org.finops.certification.events.CertificationReinstated;
import org.finops.certification.events.CertificationRevoked;
import org.finops.certification.events.CertificationSuspended;
import org.finops.certification.events.IndividualCertificationWithdrawn;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.MemberRegistered;
import org.finops.certification.events.SizeBand;
import org.finops.certification.query.support.EventStream;
import org.finops.certification.events.ApplicationSubmitted;
import org.finops.certification.events.CertificationType;
import org.finops.certification.events.Offering;
import org.finops.certification.query.support.Lifecycle;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each view after a scripted lifecycle published on the topic. */
class ReadModelsTest extends QueryApiTestBase {
    private String memberId;
    private String certificationId;
    private String applicationId;
    private Instant grantedOn;
    private long position;

    @BeforeEach
    void lifecycle() {
        memberId = unique("acme");
        certificationId = unique("cert");
        applicationId = unique("app");
        grantedOn = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        stream.publish(Lifecycle.policy(), "system");
        List<Object> events = new ArrayList<>(Lifecycle.certified(memberId, "Acme " + memberId, certificationId,
                applicationId, grantedOn));
        position = publish(events.subList(0, 9), "user-of-" + memberId);
        position = publish(events.subList(9, events.size()), "staff-ana");
    }

    @Test
    void theCertificationIsActiveWithItsValidity() {
        Api.Reply reply = get("/api/v1/certifications/" + certificationId, Tokens.member(memberId), position);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("ACTIVE");
        assertThat(reply.text("type")).isEqualTo("PLATFORM");
        assertThat(reply.text("memberId")).isEqualTo(memberId);
        assertThat(Instant.parse(reply.text("grantedOn"))).isEqualTo(grantedOn);
        assertThat(Instant.parse(reply.text("validUntil"))).isEqualTo(grantedOn.plus(365, ChronoUnit.DAYS));
        assertThat(reply.text("policyVersion")).isEqualTo(Lifecycle.POLICY);
        assertThat(Long.parseLong(reply.header("X-Projection-Position"))).isGreaterThanOrEqualTo(position);
    }

    @Test
    void theApplicationShowsTheDecision() {
        Api.Reply reply = get("/api/v1/applications/" + applicationId, Tokens.auditor(), position);
        assertThat(reply.text("status")).isEqualTo("APPROVED");
        JsonNode decision = reply.json().path("decision");
        assertThat(decision.path("decidedBy").asString()).isEqualTo("staff-ana");
        assertThat(decision.path("reason").asString()).isEqualTo("meets the policy");
        assertThat(reply.text("reason")).isEqualTo("meets the policy");
        assertThat(decision.path("policyVersion").asString()).isEqualTo(Lifecycle.POLICY);
        assertThat(decision.path("certificationId").asString()).isEqualTo(certificationId);
    }

    @Test
    void theEvaluationJudgesTheApplicationByEveryCriterionApprovalApplies() {
        Api.Reply evaluation = get("/api/v1/applications/" + applicationId + "/evaluation", Tokens.staff(), position);
        assertThat(evaluation.status()).as(evaluation.toString()).isEqualTo(200);
        assertThat(evaluation.text("policyVersion")).isEqualTo(Lifecycle.POLICY);
        List<String> criteria = evaluation.json().path("criteria").valueStream()
                .map(criterion -> criterion.path("criterion").asString()).toList();
        assertThat(criteria).startsWith("PRACTITIONER").endsWith("CAPABILITY_TOTAL", "FOCUS_CRITERIA");
        evaluation.json().path("criteria").valueStream().forEach(criterion -> assertThat(criterion.path("met")
                .asBoolean()).as(criterion.toString())
                .isEqualTo(criterion.path("held").asInt() >= criterion.path("required").asInt()));
        assertThat(evaluation.json().path("met").asBoolean()).isEqualTo(evaluation.json().path("criteria")
                .valueStream().allMatch(criterion -> criterion.path("met").asBoolean()));
        assertThat(get("/api/v1/applications/" + applicationId + "/evaluation", Tokens.member("intruder")).status())
                .isEqualTo(403);
        assertThat(get("/api/v1/applications/no-such-application/evaluation", Tokens.staff()).status())
                .isEqualTo(404);
    }

    @Test
    void complianceIsMetAndNamesTheMissingColumnWhenACertificationIsWithdrawn() {
        Api.Reply met = get("/api/v1/members/" + memberId + "/compliance?type=PLATFORM", Tokens.member(memberId),
                position);
        assertThat(met.json().path("met").asBoolean()).as(met.toString()).isTrue();
        assertThat(met.json().path("columns").get(0).path("column").asString()).isEqualTo("PRACTITIONER");
        assertThat(met.json().path("columns").get(0).path("held").asInt()).as("engineers count").isEqualTo(5);

        long withdrawn = stream.publish(new IndividualCertificationWithdrawn(memberId, memberId + "-e1",
                IndividualCertificationType.ENGINEER, "left"), "user-of-" + memberId).position();
        Api.Reply unmet = get("/api/v1/members/" + memberId + "/compliance?type=PLATFORM", Tokens.staff(), withdrawn);

        assertThat(unmet.json().path("met").asBoolean()).isFalse();
        assertThat(unmet.json().path("missing").get(0).asString()).isEqualTo("PRACTITIONER");
        assertThat(unmet.json().path("columns").get(0).path("held").asInt()).isEqualTo(4);
        assertThat(unmet.json().path("columns").get(0).path("required").asInt()).isEqualTo(5);
    }

    @Test
    void theAuditTrailListsEveryDecisionAndTheRefusedTransferWithActors() {
        Api.Reply reply = get("/api/v1/audit?memberId=" + memberId + "&size=100", Tokens.auditor(), position);

        JsonNode items = reply.json().path("items");
        List<String> types = items.valueStream().map(item -> item.path("eventType").asString()).toList();
        assertThat(types).containsSubsequence("MemberRegistered", "ApplicationSubmitted", "ApplicationApproved",
                "CertificationGranted", "TransferRefused");
        JsonNode refusal = items.valueStream().filter(i -> i.path("eventType").asString().equals("TransferRefused"))
                .findFirst().orElseThrow();
        assertThat(refusal.path("actor").asString()).isEqualTo("staff-ana");
        assertThat(refusal.path("reason").asString()).contains("acquired", "not transferable");
        JsonNode approval = items.valueStream().filter(i -> i.path("eventType").asString()
                .equals("ApplicationApproved")).findFirst().orElseThrow();
        assertThat(approval.path("policyVersion").asString()).isEqualTo(Lifecycle.POLICY);
        assertThat(approval.path("occurredAt").asString()).isNotBlank();

        Api.Reply byActor = get("/api/v1/audit?memberId=" + memberId + "&actor=staff-ana", Tokens.staff());
        assertThat(byActor.json().path("total").asInt()).as("submitted on the member's behalf, decided, refused")
                .isEqualTo(4);
        Api.Reply byCertification = get("/api/v1/audit?certificationId=" + certificationId, Tokens.staff());
        assertThat(byCertification.json().path("items").valueStream().map(i -> i.path("eventType").asString()))
                .containsExactly("ApplicationApproved", "CertificationGranted", "TransferRefused");
    }

    @Test
    void theDirectoryListsMembersAlphabeticallyByNameTypeAndValidityOnly() {
        String other = unique("zeta");
        List<Object> events = new ArrayList<>(Lifecycle.certified(other, "Aardvark " + other, unique("cert"),
                unique("app"), grantedOn));
        long last = publish(events, "staff-ana");

        Api.Reply reply = api.send("GET", "/api/v1/directory?type=PLATFORM&minPosition=" + last, null, null,
                java.util.Map.of());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<JsonNode> members = reply.json().path("members").valueStream().toList();
        List<String> names = members.stream().map(m -> m.path("name").asString()).toList();
        assertThat(names).contains("Aardvark " + other, "Acme " + memberId);
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(members).allSatisfy(member -> assertThat(member.propertyNames())
                .containsExactlyInAnyOrder("name", "type", "validUntil", "memberId", "certificationId"));

        Api.Reply organisation = api.send("GET", "/api/v1/directory/" + other, null, null, java.util.Map.of());
        assertThat(organisation.text("name")).isEqualTo("Aardvark " + other);
        assertThat(organisation.json().path("certifications").get(0).path("type").asString()).isEqualTo("PLATFORM");
        assertThat(api.send("GET", "/api/v1/directory/never-certified", null, null, java.util.Map.of()).status())
                .isEqualTo(404);
    }

    @Test
    void applicationsAreListedOldestFirstAndOneShowsWhatWasSubmitted() {
        String later = unique("app");
        long submitted = stream.publish(new ApplicationSubmitted(memberId, later, CertificationType.SERVICE_PROVIDER,
                new Offering("Advice", "https://x.example/s", false, false), List.of(), null, List.of(), null, null,
                Lifecycle.POLICY), "user-of-" + memberId).position();

        Api.Reply mine = get("/api/v1/applications?memberId=" + memberId, Tokens.staff(), submitted);
        assertThat(mine.json().path("items").valueStream().map(a -> a.path("applicationId").asString()))
                .containsExactly(applicationId, later);
        Api.Reply queue = get("/api/v1/applications?status=SUBMITTED&type=SERVICE_PROVIDER", Tokens.staff());
        assertThat(queue.json().path("items").valueStream().map(a -> a.path("applicationId").asString()))
                .contains(later).doesNotContain(applicationId);
        assertThat(queue.json().path("items").valueStream().map(a -> a.path("submittedAt").asString()).toList())
                .isSorted();
        assertThat(get("/api/v1/applications?status=OPEN&type=GOLD", Tokens.staff()).json().path("errors")
                .valueStream().map(e -> e.path("field").asString())).containsExactlyInAnyOrder("status", "type");
        assertThat(get("/api/v1/applications?memberId=" + memberId, Tokens.member("intruder")).status())
                .isEqualTo(403);

        JsonNode submission = get("/api/v1/applications/" + applicationId, Tokens.member(memberId)).json()
                .path("submission");
        assertThat(submission.path("offering").path("name").asString()).isEqualTo("Cost Tool");
        assertThat(submission.path("capabilities").get(0).path("evidenceUrl").asString())
                .isEqualTo("https://x.example/a");
        assertThat(submission.path("focus").path("modes").get(0).asString()).isEqualTo("EXPORT");
    }

    @Test
    void aMemberReadsItsOwnTrailWithItsRefusalsAndThePoliciesAreListed() {
        Api.Reply own = get("/api/v1/audit?memberId=" + memberId, Tokens.member(memberId), position);

        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().path("items").valueStream().map(i -> i.path("eventType").asString()))
                .contains("TransferRefused");
        assertThat(get("/api/v1/audit", Tokens.member(memberId)).status()).as("the whole trail").isEqualTo(403);
        Api.Reply policies = get("/api/v1/policies", Tokens.staff());
        assertThat(policies.json().path("policies").valueStream().map(p -> p.path("version").asString()))
                .contains(Lifecycle.POLICY);
        assertThat(policies.json().path("policies").valueStream().filter(p -> p.path("inForce").asBoolean()))
                .as("exactly one in force").hasSize(1);
        assertThat(get("/api/v1/policies", Tokens.member(memberId)).status()).as("read before applying")
                .isEqualTo(200);
        assertThat(get("/api/v1/policies", null).status()).isEqualTo(401);
    }

    @Test
    void asOfAnswersTheStateAtEachInstant() {
        Instant suspended = grantedOn.plus(10, ChronoUnit.DAYS);
        Instant reinstated = grantedOn.plus(20, ChronoUnit.DAYS);
        Instant revoked = grantedOn.plus(30, ChronoUnit.DAYS);
        publishAt(new CertificationSuspended(memberId, certificationId, "fee"), "staff-ana", suspended);
        publishAt(new CertificationReinstated(memberId, certificationId, "paid"), "staff-ana", reinstated);
        long last = publishAt(new CertificationRevoked(memberId, certificationId, "misuse"), "staff-ana", revoked);
        get("/api/v1/certifications/" + certificationId, Tokens.staff(), last);

        assertThat(asOf(grantedOn.minusSeconds(1)).status()).as("before the grant was recorded").isEqualTo(404);
        assertThat(asOf(suspended.minusSeconds(1)).text("status")).isEqualTo("ACTIVE");
        assertThat(asOf(suspended.plusSeconds(1)).text("status")).isEqualTo("SUSPENDED");
        assertThat(asOf(reinstated.plusSeconds(1)).text("status")).isEqualTo("ACTIVE");
        assertThat(asOf(revoked).text("status")).isEqualTo("REVOKED");
        assertThat(get("/api/v1/certifications/" + certificationId, Tokens.staff()).text("status"))
                .isEqualTo("REVOKED");
    }

    @Test
    void listsArePagedAndFiltered() {
        String second = unique("cert");
        long last = publish(List.of(new org.finops.certification.events.CertificationGranted(memberId, second,
                applicationId, org.finops.certification.events.CertificationType.SERVICE_PROVIDER, grantedOn,
                grantedOn.plus(30, ChronoUnit.DAYS), Lifecycle.POLICY)), "staff-ana");
        Api.Reply first = get("/api/v1/certifications?memberId=" + memberId + "&size=1&page=0", Tokens.staff(), last);
        Api.Reply next = get("/api/v1/certifications?memberId=" + memberId + "&size=1&page=1", Tokens.staff());
        assertThat(first.json().path("total").asInt()).isEqualTo(2);
        assertThat(first.json().path("items").size()).isEqualTo(1);
        assertThat(next.json().path("items").get(0).path("certificationId").asString())
                .isNotEqualTo(first.json().path("items").get(0).path("certificationId").asString());
        Api.Reply filtered = get("/api/v1/certifications?memberId=" + memberId + "&type=SERVICE_PROVIDER",
                Tokens.member(memberId));
        assertThat(filtered.json().path("items").get(0).path("certificationId").asString()).isEqualTo(second);
        assertThat(get("/api/v1/certifications?size=500", Tokens.staff()).status()).isEqualTo(400);
        assertThat(get("/api/v1/certifications?status=SLEEPING", Tokens.staff()).status()).isEqualTo(400);

        Api.Reply due = get("/api/v1/renewals/due?within=P60D", Tokens.auditor());
        assertThat(due.json().path("certifications").valueStream().map(c -> c.path("certificationId").asString()))
                .contains(second).doesNotContain(certificationId);
    }

    @Test
    void aMemberSeesOnlyItsOwnData() {
        String intruder = Tokens.member("intruder");
        get("/api/v1/certifications/" + certificationId, Tokens.staff(), position);
        assertThat(get("/api/v1/certifications/" + certificationId, intruder).status()).isEqualTo(403);
        assertThat(get("/api/v1/applications/" + applicationId, intruder).status()).isEqualTo(403);
        assertThat(get("/api/v1/members/" + memberId + "/compliance", intruder).status()).isEqualTo(403);
        assertThat(get("/api/v1/certifications?memberId=" + memberId, intruder).status()).isEqualTo(403);
        assertThat(get("/api/v1/audit?memberId=" + memberId, intruder).status()).isEqualTo(403);
        assertThat(get("/api/v1/renewals/due", intruder).status()).isEqualTo(403);
        assertThat(get("/api/v1/certifications/" + certificationId + "/as-of?at=" + Instant.now(),
                Tokens.member(memberId)).status()).isEqualTo(403);
        Api.Reply own = get("/api/v1/certifications", Tokens.member(memberId));
        assertThat(own.json().path("items").valueStream().map(c -> c.path("memberId").asString()))
                .containsOnly(memberId);
        assertThat(get("/api/v1/certifications/" + certificationId, null).status()).isEqualTo(401);
    }

    @Test
    void aDuplicateDeliveryChangesNothing() {
        EventStream.Published registered = stream.publish(new MemberRegistered(unique("dup"), "Dup Ltd",
                SizeBand.LT_100, true, "d@d.example"), "staff-ana");
        String dupMember = ((MemberRegistered) registered.event()).memberId();
        EventStream.Published credential = stream.publish(
                org.finops.certification.query.support.Lifecycle.credential(dupMember, "p1",
                        IndividualCertificationType.PRACTITIONER), "staff-ana");
        get("/api/v1/members/" + dupMember + "/compliance?type=PLATFORM", Tokens.staff(), credential.position());
        String before = viewRowsOf(dupMember);

        stream.send(registered);
        stream.send(credential);
        long marker = stream.publish(new CertificationRevoked("other", "none", "marker"), "staff-ana").position();
        get("/api/v1/audit?memberId=other", Tokens.staff(), marker);

        assertThat(viewRowsOf(dupMember)).isEqualTo(before);
        Api.Reply compliance = get("/api/v1/members/" + dupMember + "/compliance?type=PLATFORM", Tokens.staff());
        assertThat(compliance.json().path("columns").get(0).path("held").asInt()).isEqualTo(1);
    }

    private Api.Reply asOf(Instant at) {
        return get("/api/v1/certifications/" + certificationId + "/as-of?at=" + at, Tokens.auditor());
    }

    private String viewRowsOf(String member) {
        ViewStore views = generations.active();
        return views.jdbc().queryForList("SELECT * FROM " + views.table("audit_entry") + " WHERE member_id = ?"
                + " ORDER BY position", member) + "|" + views.jdbc().queryForList("SELECT * FROM "
                + views.table("member_credential") + " WHERE member_id = ? ORDER BY credential_id", member);
    }
}
