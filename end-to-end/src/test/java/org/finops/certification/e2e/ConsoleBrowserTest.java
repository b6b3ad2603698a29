package org.finops.certification.e2e;

import org.finops.certification.servers.AppProcess;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.Eventually;
import org.finops.certification.testing.LifecycleClient;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in Debian's Chromium against the whole stack (both apps' jars, the console's jar, PostgreSQL, Kafka):
 * a member applies (after a form with invalid input shows its messages), staff sees it in the queue with the
 * compliance checklist and approves it, the member sees the certification and meets the refusal of a transfer,
 * the public directory lists it, and an auditor finds the decision in the trail and exports it as CSV. Every page is
 * checked with axe-core (no serious or critical violation), and the main ones are photographed into docs/.
 */
class ConsoleBrowserTest {
    private static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");

    private final List<String> inaccessible = new ArrayList<>();

    @Test
    void aMemberAppliesStaffApprovesTheDirectoryListsItAndAnAuditorExportsTheDecision() throws Exception {
        try (Stack stack = Stack.start("PT1S", 1)) {
            String memberId = "northwind-" + UUID.randomUUID().toString().substring(0, 6);
            String legalName = memberId + " Ltd";
            LifecycleClient.Path member = Lifecycle.client(new Api(stack.commandSide.port())::post).path(memberId);
            while (member.upcoming() != LifecycleClient.Step.APPLICATION) {
                assertThat(member.next().status()).isBetween(200, 201);
            }
            AppProcess console = stack.console();
            try (Browser browser = new Browser(console.port())) {
                memberApplies(browser, memberId);
                staffApproves(browser, memberId);
                String credential = memberSeesItAndIsRefusedATransfer(browser, memberId);
                theDirectoryListsIt(browser, legalName, memberId);
                anyoneVerifiesTheCredential(browser, credential);
                anAuditorFindsAndExportsTheDecision(browser, memberId);
            }
            assertThat(inaccessible).as("serious or critical axe-core violations").isEmpty();
        }
    }

    private void memberApplies(Browser browser, String memberId) throws Exception {
        browser.signIn("member", memberId, "Mia Chen");
        assertThat(browser.path()).startsWith("/member");
        browser.open("/member/apply");
        assertThat(browser.page()).as("what the policy requires, before submitting")
                .contains("What the policy requires",
                "PRACTITIONER", "Capability criteria");
        checked(browser, "apply");

        browser.fill("offering.name", "Northwind Cost Cloud");
        browser.fill("offering.url", "not a web address");
        browser.fill("capabilities", "allocation");
        browser.click("submit-application");
        assertThat(browser.awaitText("problem")).as("the message at the top, in words").isNotBlank()
                .doesNotContain("Exception", "at org.");
        assertThat(browser.text("problem-offering.url")).as("next to the field").isNotBlank();
        assertThat(browser.text("problem-capabilities")).contains("evidenceUrl");
        checked(browser, "apply-invalid");

        ApplicationFormFilling.platform(browser, "https://northwind.example");
        browser.click("submit-application");
        assertThat(browser.awaitText("application-status")).isEqualTo("Submitted, awaiting review");
        checked(browser, "application");
        browser.signOut();
    }

    private void staffApproves(Browser browser, String memberId) throws Exception {
        browser.signIn("staff", null, "Ana Staff");
        assertThat(browser.path()).startsWith("/staff/queue");
        assertThat(browser.text("queue")).contains(memberId);
        screenshot(browser, "staff-review-queue");
        checked(browser, "queue");
        browser.open("/staff/queue?status=SUBMITTED&type=PLATFORM");
        browser.clickLinkInRowWith("queue", memberId);
        assertThat(browser.page()).as("the compliance checklist").contains("Compliance checklist",
                "Every requirement met", "PRACTITIONER", "allocation", "https://northwind.example/docs/allocation");
        screenshot(browser, "staff-application-review");
        checked(browser, "application review");
        browser.fill("comment", "Meets policy 2025-1; evidence checked.");
        browser.click("approve");
        assertThat(browser.awaitText("decision")).contains("Approved", "Ana Staff", "2025-1");
        browser.clickLink("The certification");
        assertThat(browser.awaitText("certification-status")).isEqualTo("Active");
        checked(browser, "certification");
        browser.open("/staff/policies");
        assertThat(browser.text("policies")).contains("2025-1", "minimumCapabilityTotal / PLATFORM");
        checked(browser, "policies");
        for (String page : List.of("/staff/renewals", "/staff/legacy")) {
            browser.open(page);
            checked(browser, page);
        }
        browser.signOut();
    }

    /** @return the credential the member downloaded */
    private String memberSeesItAndIsRefusedATransfer(Browser browser, String memberId) throws Exception {
        browser.signIn("member", memberId, "Mia Chen");
        assertThat(browser.text("certifications")).contains("FinOps Certified Platform", "Active");
        browser.reveal("Transfer to another organisation");
        browser.fill(browser.idStartingWith("to-"), "white-label-partner");
        browser.fill(browser.idStartingWith("why-"), "our reseller wants the badge");
        browser.clickButton("Request the transfer");
        assertThat(browser.awaitText("problem")).containsIgnoringCase("transfer");
        assertThat(browser.text("refusals")).contains("Transfer or white-label extension refused", "our reseller wants the badge");
        screenshot(browser, "member-organisation");
        checked(browser, "member home");
        String download = browser.attributeOfLink("JSON", "href");
        HttpResponse<String> credential = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(download))
                .header("Cookie", browser.cookies()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(credential.statusCode()).isEqualTo(200);
        assertThat(credential.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(credential.body()).contains("OpenBadgeCredential", "eddsa-rdfc-2022", memberId + " Ltd");
        theMarkToEmbedShowsTheCertification(browser, memberId);
        browser.signOut();
        return credential.body();
    }

    /** The member's page gives the HTML of the live mark: the query side's image, linking to the public page. */
    private void theMarkToEmbedShowsTheCertification(Browser browser, String memberId) throws Exception {
        browser.reveal("Show the mark on your site");
        String embed = browser.text(browser.idStartingWith("mark-"));
        assertThat(embed).contains("/directory/" + memberId + "/certifications/", "/badges/", ".svg",
                "alt=\"FinOps Certified Platform: " + memberId + " Ltd\"");
        String image = embed.substring(embed.indexOf("src=\"") + 5, embed.indexOf(".svg\"") + 4);
        HttpResponse<String> mark = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(image)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(mark.statusCode()).as("anyone's browser loads it, without a session").isEqualTo(200);
        assertThat(mark.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(mark.body()).contains(memberId + " Ltd", "Certified, valid until");
        checked(browser, "member home with the mark");
    }

    private void anyoneVerifiesTheCredential(Browser browser, String credential) throws Exception {
        browser.clickLink("Verify the FinOps Certified Platform certificate");
        assertThat(browser.awaitText("verification-heading")).isEqualTo("Valid");
        assertThat(browser.text("verification")).contains("Signature", "Not revoked", "Not suspended")
                .doesNotContain("failed");
        screenshot(browser, "public-certificate");
        checked(browser, "certificate");
        browser.open("/verify");
        browser.fill("credential", credential);
        browser.clickButton("Verify");
        assertThat(browser.awaitText("verification-heading")).isEqualTo("Valid");
        checked(browser, "verify");
        browser.open("/verify");
        browser.fill("credential", credential.replace("FinOps Certified Platform:",
                "FinOps Certified Service Provider:"));
        browser.clickButton("Verify");
        assertThat(browser.awaitText("verification-heading")).isEqualTo("Not valid");
        assertThat(browser.text("verification")).contains("the eddsa-rdfc-2022 proof does not match the credential");
    }

    private void theDirectoryListsIt(Browser browser, String legalName, String memberId) throws Exception {
        browser.open("/directory");
        // fifty listings a page, alphabetical: the member is on the page its name falls on, reached by "Next page"
        while (!browser.text("listings").contains(legalName) && browser.count("#next-page") > 0) {
            browser.click("next-page");
        }
        assertThat(browser.text("listings")).contains(legalName, "FinOps Certified Platform");
        browser.fill("q", memberId.substring(memberId.length() - 6).toUpperCase() + " LTD");
        browser.click("search");
        Eventually.untilTrue("the search narrows the listings to the member", Duration.ofSeconds(10),
                () -> browser.text("listings").contains(legalName) && browser.text("listings").contains("1 listings"));
        screenshot(browser, "public-directory");
        checked(browser, "directory");
        browser.clickLink(legalName);
        assertThat(browser.path()).isEqualTo("/directory/" + memberId);
        checked(browser, "organisation");
    }

    private void anAuditorFindsAndExportsTheDecision(Browser browser, String memberId) throws Exception {
        browser.open("/sign-in");
        checked(browser, "sign-in");
        browser.signIn("auditor", null, "Ola Auditor");
        browser.fill("memberId", memberId);
        browser.click("filter");
        assertThat(browser.awaitText("trail")).contains("ApplicationApproved", "Ana Staff", "2025-1", "TransferRefused");
        screenshot(browser, "audit-trail");
        checked(browser, "audit trail");
        String export = browser.attribute("export", "href");
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(export))
                .header("Cookie", browser.cookies()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst().orElse("")).startsWith("occurredAt,eventType,actor,reason")
                .endsWith(",leafIndex");
        assertThat(csv.body()).as("the export ends with the log's signed checkpoint").containsPattern(
                "\r\ncheckpoint,\"[^\"]+/certification-log\n\\d+\n[^\"]+\n\n— [^\"]+\"\r\n$");
        assertThat(csv.body()).contains("ApplicationApproved,Ana Staff,Meets policy 2025-1; evidence checked.,2025-1");
        browser.clickLinkInRowWith("trail", "TransferRefused");
        assertThat(browser.awaitText("as-of")).contains("Active", memberId);
        checked(browser, "as-of");

        anAuditorProvesTheDecisionIsInTheSignedLog(browser, memberId);

        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        export.substring(0, export.indexOf("/audit")) + "/sign-in/dev"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", browser.cookies())
                .POST(HttpRequest.BodyPublishers.ofString("role=staff&name=intruder")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("a form sent without the session's CSRF token").isEqualTo(403);
    }

    /** The approval's leaf, once the log announced it, and its inclusion proof against the latest checkpoint. */
    private void anAuditorProvesTheDecisionIsInTheSignedLog(Browser browser, String memberId) throws Exception {
        String proof = Eventually.until(Duration.ofSeconds(30), () -> {
            browser.open("/audit?memberId=" + memberId);
            return browser.linkInRowWith("trail", "ApplicationApproved", "leaf").orElse(null);
        }, Objects::nonNull);
        String verdict = Eventually.until(Duration.ofSeconds(30), () -> {
            browser.open(proof.substring(proof.indexOf("/audit/proof")));
            return browser.page();
        }, page -> page.contains("Included"));
        assertThat(verdict).contains("the root of the checkpoint of");
        checked(browser, "inclusion proof");
        HttpResponse<String> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                browser.attribute("download", "href"))).header("Cookie", browser.cookies()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).as("everything an outside check needs").contains("\"leaf\"", "\"hashes\"",
                "\"checkpoint\"", "\"key\"", "/certification-log");
        browser.open("/audit/proof?eventId=..%2F..%2Fleaves%2F0");
        assertThat(browser.page()).as("only an event id reaches the log's address").contains("no leaf");
        browser.open("/audit/transparency");
        assertThat(browser.text("checkpoint")).contains("/certification-log");
        assertThat(browser.text("store-matches")).contains("matches its leaf");
        checked(browser, "transparency log");
    }

    private void checked(Browser browser, String page) {
        browser.accessibilityViolations().forEach(violation -> inaccessible.add(page + ": " + violation));
    }

    private static void screenshot(Browser browser, String name) throws Exception {
        browser.screenshot(SCREENSHOTS.resolve(name + ".png"));
    }
}
