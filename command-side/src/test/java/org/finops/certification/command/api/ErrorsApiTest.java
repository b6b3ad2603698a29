package org.finops.certification.command.api;

import org.finops.certification.testing.Api;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error code of the contract, and bad input of every kind answered as 400, never 500. */
class ErrorsApiTest extends ApiTestBase {

    @Test
    void malformedJsonNamesTheBody() {
        Api.Reply reply = api.post(MEMBERS, Tokens.staff(), "{\"memberId\": \"x\", ");
        assertInvalid(reply, "body");
    }

    @Test
    void anUnknownEnumValueNamesTheField() {
        Api.Reply reply = api.post(MEMBERS, Tokens.staff(), Map.of("memberId", "enum-1", "legalName", "E",
                "sizeBand", "HUGE", "goodStanding", true, "contactEmail", "e@e.example"));
        assertInvalid(reply, "sizeBand");
    }

    @Test
    void aWrongTypeNamesTheField() {
        Api.Reply reply = api.post(MEMBERS, Tokens.staff(), Map.of("memberId", "type-1", "legalName", "T",
                "sizeBand", "LT_100", "goodStanding", Map.of("yes", 1), "contactEmail", "t@t.example"));
        assertInvalid(reply, "goodStanding");
    }

    @Test
    void missingFieldsAreAllListed() {
        Api.Reply reply = api.post(MEMBERS, Tokens.staff(), Map.of("legalName", "Nameless"));
        assertInvalid(reply, "memberId");
        assertThat(reply.body()).contains("sizeBand", "goodStanding", "contactEmail");
    }

    @Test
    void nestedInvalidFieldsAreNamedByTheirPath() {
        String memberId = registerMember("nested", "LT_100");
        Map<String, Object> application = platformApplication(memberId);
        application.put("capabilities", List.of(Map.of("capabilityId", "allocation", "evidenceUrl", "ftp://nope")));
        assertInvalid(api.post("/api/v1/applications", Tokens.member(memberId), application),
                "capabilities[0].evidenceUrl");

        application.put("focus", Map.of("version", "1.2", "modes", List.of("TELEPORT"),
                "referenceUrl", "https://x.example"));
        assertInvalid(api.post("/api/v1/applications", Tokens.member(memberId), application), "focus.modes[0]");
    }

    @Test
    void anUnknownCapabilityIsInvalidInput() {
        String memberId = registerMember("capability", "LT_100");
        Map<String, Object> application = platformApplication(memberId);
        application.put("capabilities", List.of(Map.of("capabilityId", "mind-reading",
                "evidenceUrl", "https://x.example/mr")));
        assertInvalid(api.post("/api/v1/applications", Tokens.member(memberId), application),
                "capabilities[0].capabilityId");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeParsing() {
        String huge = "{\"legalName\":\"" + "x".repeat(70_000) + "\"}";
        assertInvalid(api.post(MEMBERS, Tokens.staff(), huge), "body");
    }

    @Test
    void anExpiryBeforeTheIssueDateIsInvalid() {
        String memberId = registerMember("dates", "LT_100");
        Api.Reply reply = api.post(MEMBERS + "/" + memberId + "/individual-certifications", Tokens.staff(),
                Map.of("personId", "p", "type", "ENGINEER", "credentialId", memberId + "-x", "issuedOn", "2025-05-01",
                        "expiresOn", "2024-05-01"));
        assertInvalid(reply, "expiresOn");
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThat(api.post("/api/v1/applications/no-such-app/approve", Tokens.staff(), null).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/certifications/no-such-cert/revoke", Tokens.staff(),
                Map.of("reason", "x")).status()).isEqualTo(404);
        Api.Reply unknownMember = api.put(MEMBERS + "/nobody-" + System.nanoTime() + "/standing", Tokens.staff(),
                Map.of("goodStanding", false, "reason", "x"));
        assertThat(unknownMember.status()).as(unknownMember.toString()).isEqualTo(404);
        assertThat(unknownMember.text("code")).isEqualTo("NOT_FOUND");
    }

    @Test
    void registeringAMemberTwiceConflicts() {
        String memberId = registerMember("twice", "LT_100");
        Api.Reply reply = api.post(MEMBERS, Tokens.staff(), Map.of("memberId", memberId, "legalName", "Again",
                "sizeBand", "LT_100", "goodStanding", true, "contactEmail", "a@a.example"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.text("code")).isEqualTo("CONFLICT");
        assertThat(reply.text("reason")).isEqualTo("ID_TAKEN");
        assertThat(reply.text("detail")).contains("already taken", "member is registered");
    }

    @Test
    void everyInvalidFieldIsAnsweredAtOnce() {
        Api.Reply reply = api.post(MEMBERS, Tokens.staff(), Map.of("memberId", "all-at-once", "legalName", "All",
                "sizeBand", "HUGE", "goodStanding", "perhaps", "contactEmail", "not-an-address"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .as(reply.toString()).containsExactlyInAnyOrder("sizeBand", "goodStanding", "contactEmail");
        assertThat(reply.body()).contains("LT_100, 100_499, 500_4999, 5000_PLUS", "true or false");
        assertThat(eventsOf("all-at-once", "MemberRegistered")).isZero();

        String memberId = registerMember("everything", "LT_100");
        Map<String, Object> application = platformApplication(memberId);
        application.put("type", "GADGET");
        application.put("capabilities", List.of(Map.of("capabilityId", "allocation", "evidenceUrl", "ftp://nope")));
        application.put("focus", Map.of("version", "1.2", "modes", List.of("TELEPORT"),
                "referenceUrl", "https://x.example"));
        Api.Reply nested = api.post("/api/v1/applications", Tokens.member(memberId), application);
        assertThat(nested.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .as(nested.toString()).contains("type", "capabilities[0].evidenceUrl", "focus.modes[0]");
    }

    @Test
    void theDomainRefusalsCarryTheirCodes() {
        String lapsed = registerMember("lapsed", "LT_100");
        api.put(MEMBERS + "/" + lapsed + "/standing", Tokens.staff(), Map.of("goodStanding", false, "reason", "fee"));
        assertRefused(api.post("/api/v1/applications", Tokens.member(lapsed), platformApplication(lapsed)),
                "NOT_A_MEMBER_IN_GOOD_STANDING");

        String eager = registerMember("eager", "LT_100");
        submitPlatform(eager);
        assertRefused(api.post("/api/v1/applications", Tokens.member(eager), platformApplication(eager)),
                "DUPLICATE_APPLICATION");

        String holder = certifiedMember("holder");
        assertRefused(api.post("/api/v1/applications", Tokens.member(holder), platformApplication(holder)),
                "ALREADY_CERTIFIED");

        String other = registerMember("other", "LT_100");
        assertRefused(api.post(MEMBERS + "/" + other + "/individual-certifications", Tokens.member(other),
                Map.of("personId", "p", "type", "ENGINEER", "credentialId", holder + "-ENGINEER-0",
                        "issuedOn", "2025-05-01")), "DUPLICATE_CREDENTIAL");

        Map<String, Object> project = platformApplication(other);
        project.put("offering", Map.of("name", "Someone's OSS", "url", "https://github.com/x/y", "openSource", true,
                "foundingMaintainer", false));
        assertRefused(api.post("/api/v1/applications", Tokens.member(other), project), "OFFERING_DOES_NOT_FIT_TYPE");
    }

    @Test
    void wrongMethodAndMediaTypeAreProblemsToo() {
        Api.Reply method = api.send("PATCH", MEMBERS, Tokens.staff(), "{}", Map.of());
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.header("Content-Type")).startsWith("application/problem+json");
        Api.Reply media = api.send("POST", MEMBERS, Tokens.staff(), "memberId=x",
                Map.of("Content-Type", "text/plain"));
        assertThat(media.status()).isIn(400, 415);
        assertThat(media.header("Content-Type")).startsWith("application/problem+json");
    }

    private static void assertInvalid(Api.Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.text("code")).isEqualTo("INVALID_INPUT");
        assertThat(reply.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .as(reply.toString()).contains(field);
        assertThat(reply.body()).doesNotContain("Exception", "at org.", "SQL");
    }

    private static void assertRefused(Api.Reply reply, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.text("code")).isEqualTo(code);
        assertThat(reply.text("type")).isNotBlank();
        assertThat(reply.text("title")).isNotBlank();
        assertThat(reply.text("detail")).isNotBlank();
    }
}
