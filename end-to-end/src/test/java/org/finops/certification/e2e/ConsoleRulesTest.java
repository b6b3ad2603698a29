package org.finops.certification.e2e;

import org.finops.certification.servers.AppProcess;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.LifecycleClient;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console asks the rules instead of deciding them again, in Chromium against the whole stack: a legacy
 * certification renews with the form of the type it renews as and comes out a Platform certification; choosing
 * Service Provider brings the Service Provider's form; the staff checklist names an unmet FOCUS criterion before staff
 * decide, and a refused approval shows its reason; a member withdraws an application and a recorded person; staff
 * register a member (every field's problem at once first) and find certifications; an unknown organisation cannot
 * sign in; an auditor on a staff page is told who the page is for. Every page checked with axe-core.
 */
class ConsoleRulesTest {
    private final List<String> inaccessible = new ArrayList<>();

    @Test
    void theConsoleFollowsTheRulesOnEveryPathAPersonTakes() throws Exception {
        try (Stack stack = Stack.start("PT1S", 1)) {
            String suffix = UUID.randomUUID().toString().substring(0, 6);
            String member = "legacy-" + suffix;
            String newcomer = "newcomer-" + suffix;
            Api command = new Api(stack.commandSide.port());
            Api query = new Api(stack.querySides.get(0).port());
            LifecycleClient lifecycle = new LifecycleClient(command::post, LifecycleClient.SHIPPED_CAPABILITIES);
            LifecycleClient.Path path = lifecycle.path(member);
            while (path.upcoming() != LifecycleClient.Step.APPLICATION) {
                assertThat(path.next().status()).isBetween(200, 201);
            }
            List<String> legacy = List.of(imported(command, member, "LEGACY_PLATFORM"),
                    imported(command, member, "LEGACY_SPECIALTY_SOLUTION"));
            assertThat(lifecycle.register(newcomer, newcomer + " Ltd", "LT_100").status()).isEqualTo(201);
            Map<String, Object> withoutFocus = LifecycleClient.platformApplication(newcomer,
                    LifecycleClient.SHIPPED_CAPABILITIES);
            withoutFocus.remove("focus");
            Api.Reply unmet = command.post("/api/v1/applications", Tokens.member(newcomer), withoutFocus);
            assertThat(unmet.status()).as(unmet.toString()).isEqualTo(201);

            AppProcess console = stack.console();
            try (Browser browser = new Browser(console.port())) {
                for (String certification : legacy) {
                    // both legacy types renew as a Platform, and a member has one open application per type
                    staffApproves(browser, aMemberRenewsALegacyCertificationAsAPlatform(browser, member,
                            certification));
                }
                staffSeesARefusedApprovalInWords(browser, unmet.text("applicationId"));
                for (String certification : legacy) {
                    Api.Reply renewed = query.send("GET", "/api/v1/certifications/" + certification, Tokens.staff(),
                            null, Map.of());
                    assertThat(renewed.text("type")).as(renewed.toString()).isEqualTo("PLATFORM");
                    assertThat(LocalDate.parse(renewed.text("validUntil").substring(0, 10)))
                            .as("the new validity").isAfter(LocalDate.now().plusYears(1));
                }
                choosingServiceProviderBringsItsForm(browser, newcomer);
                aMemberWithdrawsItsApplication(browser, newcomer, unmet.text("applicationId"));
                aMemberSeesItsNameAndWithdrawsARecordedPerson(browser, member);
                staffRegisterAMemberAndFindItsCertifications(browser, "console-" + suffix, member);
                anUnknownOrganisationIsRefusedAtSignIn(browser, "nobody-" + suffix);
                anAuditorIsToldWhoAStaffPageIsFor(browser);
            }
            assertThat(inaccessible).as("serious or critical axe-core violations").isEmpty();
        }
    }

    /** @return the renewal application */
    private String aMemberRenewsALegacyCertificationAsAPlatform(Browser browser, String member,
                                                                String certification) {
        browser.signIn("member", member, "Mia Chen");
        browser.open("/member/certifications/" + certification + "/renew");
        assertThat(browser.page()).as("the Platform's form and requirements, which the legacy type renews as")
                .contains("Renew FinOps Certified Platform", "FOCUS version supported", "PRACTITIONER")
                .doesNotContain("must reach 0");
        checked(browser, "renew");
        ApplicationFormFilling.platform(browser, "https://legacy.example");
        browser.click("submit-application");
        assertThat(browser.awaitText("application-status")).isEqualTo("Submitted, awaiting review");
        String renewal = browser.path().replaceAll("^/member/applications/([^?]+).*$", "$1");
        browser.signOut();
        return renewal;
    }

    private void staffApproves(Browser browser, String application) {
        browser.signIn("staff", null, "Ana Staff");
        browser.open("/staff/applications/" + application);
        browser.fill("comment", "Renewed as a Platform under the policy in force.");
        browser.click("approve");
        assertThat(browser.awaitText("decision")).contains("Approved");
        browser.signOut();
    }

    private void staffSeesARefusedApprovalInWords(Browser browser, String unmet) {
        browser.signIn("staff", null, "Ana Staff");
        browser.open("/staff/applications/" + unmet);
        assertThat(browser.text("evaluation")).as("the checklist names what approval would refuse, before deciding")
                .contains("Not yet met", "FOCUS criteria 0 1 no", "Capability total");
        assertThat(browser.textOf("[data-criterion='PRACTITIONER']")).endsWith("no");
        browser.fill("comment", "Looks complete.");
        browser.click("approve");
        assertThat(browser.awaitText("problem")).as("the refusal, not 'Something went wrong'")
                .contains("requirements", "PRACTITIONER (0 of", "FOCUS_CRITERIA (0 of 1)");
        checked(browser, "refused approval");
        browser.signOut();
    }

    private void choosingServiceProviderBringsItsForm(Browser browser, String newcomer) {
        browser.signIn("member", newcomer, "Nia Newcomer");
        browser.open("/member/apply");
        assertThat(browser.page()).contains("FOCUS version supported").doesNotContain("How you use FOCUS");
        browser.choose("type", "SERVICE_PROVIDER");
        assertThat(browser.awaitText("focus.evidence-label")).contains("How you use FOCUS with your clients");
        assertThat(browser.page()).doesNotContain("FOCUS version supported");
        checked(browser, "service provider form");
        browser.signOut();
    }

    private void aMemberWithdrawsItsApplication(Browser browser, String newcomer, String application) {
        browser.signIn("member", newcomer, "Nia Newcomer");
        browser.open("/member/applications/" + application);
        checked(browser, "member's application");
        browser.fill("withdraw-reason", "We apply again once FOCUS is documented.");
        browser.click("withdraw");
        assertThat(browser.textOf("p.done")).isEqualTo("Application withdrawn.");
        assertThat(browser.text("application-status")).isEqualTo("Withdrawn");
        assertThat(browser.page()).as("a withdrawn application offers nothing more")
                .doesNotContain("Withdraw the application");
        browser.signOut();
    }

    private void aMemberSeesItsNameAndWithdrawsARecordedPerson(Browser browser, String member) {
        browser.signIn("member", member, "Mia Chen");
        assertThat(browser.textOf("h1")).isEqualTo(member + " Ltd");
        String credential = browser.textOf("#people .credential-id");
        assertThat(browser.text("people")).contains(credential, "FinOps Certified");
        checked(browser, "member home");
        browser.fill("withdraw-reason-0", "The person left the company.");
        browser.clickButton("Withdraw");
        assertThat(browser.textOf("p.done")).isEqualTo("Credential " + credential + " withdrawn.");
        assertThat(browser.page().replace("Credential " + credential + " withdrawn.", ""))
                .as("the withdrawn credential is gone from the list").doesNotContain(credential);
        browser.signOut();
    }

    private void staffRegisterAMemberAndFindItsCertifications(Browser browser, String registered, String member) {
        browser.signIn("staff", null, "Ana Staff");
        browser.open("/staff/members");
        browser.click("register");
        assertThat(browser.awaitText("problem-memberId")).as("every field's problem at once").isNotBlank();
        assertThat(browser.text("problem-legalName")).isNotBlank();
        assertThat(browser.text("problem-contactEmail")).isNotBlank();
        browser.fill("memberId", registered);
        browser.fill("legalName", "Registered In The Console GmbH");
        browser.choose("sizeBand", "100_499");
        browser.fill("contactEmail", "finops@" + registered + ".example");
        browser.click("register");
        assertThat(browser.textOf("p.done")).isEqualTo("Member Registered In The Console GmbH registered.");
        assertThat(browser.text("members")).contains("Registered In The Console GmbH", registered,
                "100 to 499 people");
        checked(browser, "members");
        browser.open("/staff/certifications?q=" + member + "&type=PLATFORM");
        assertThat(browser.text("certifications")).contains("FinOps Certified Platform", member);
        checked(browser, "certifications");
        browser.signOut();
        browser.signIn("member", registered, "Rui Registered");
        assertThat(browser.textOf("h1")).isEqualTo("Registered In The Console GmbH");
        browser.signOut();
    }

    private void anUnknownOrganisationIsRefusedAtSignIn(Browser browser, String nobody) {
        browser.open("/sign-in");
        browser.choose("role", "member");
        browser.fill("org", nobody);
        browser.fill("name", "Eve Intruder");
        browser.click("sign-in");
        assertThat(browser.awaitText("sign-in-error")).isEqualTo("No organisation " + nobody
                + " is registered: staff register members first.");
        browser.open("/member");
        assertThat(browser.path()).as("not signed in").startsWith("/sign-in");
    }

    private void anAuditorIsToldWhoAStaffPageIsFor(Browser browser) {
        browser.signIn("auditor", null, "Ola Auditor");
        browser.open("/staff/queue");
        assertThat(browser.text("forbidden")).isEqualTo("These pages are for certification staff.");
        assertThat(browser.page()).contains("Not allowed", "You are signed in as Ola Auditor (auditor).");
        checked(browser, "forbidden");
    }

    private static String imported(Api command, String member, String legacyType) {
        Api.Reply imported = command.post("/api/v1/legacy-certifications", Tokens.staff(), Map.of("memberId", member,
                "legacyType", legacyType, "grantedOn", LocalDate.now().minusYears(2).toString(),
                "expiresOn", LocalDate.now().plusDays(30).toString(), "externalReference", "LEG-" + legacyType));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        return imported.text("certificationId");
    }

    private void checked(Browser browser, String page) {
        browser.accessibilityViolations().forEach(violation -> inaccessible.add(page + ": " + violation));
    }
}
