package org.finops.certification.e2e;

import org.finops.certification.servers.AppProcess;
import org.finops.certification.servers.IdentityServer;
import org.finops.certification.servers.Ports;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.Eventually;
import org.finops.certification.testing.LifecycleClient;
import org.finops.certification.testing.Tokens;
import org.finops.certification.tokens.DevTokens;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console signing people in through a real OpenID Connect provider (the bundled one: its own login page,
 * authorization code with PKCE), as the local stack does by default: a member, staff and an auditor each sign in,
 * act once, and sign out, which ends the session at the provider too; a member of one organisation cannot act for
 * another by editing a form.
 */
class ConsoleSignInTest {

    @Test
    void staffMembersAndAuditorsSignInAtTheProviderActAndSignOut() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String member = "acme-" + suffix;
        String other = "globex-" + suffix;
        int[] ports = Ports.free(2);
        int consolePort = ports[0];
        Path home = Files.createTempDirectory("cert-identity");
        IdentityServer provider = IdentityServer.start(Stack.jar("identity"), home, ports[1],
                "http://localhost:" + consolePort, List.of(member, other), home.resolve("logs"));
        Map<String, String> trust = new HashMap<>(provider.apiEnvironment());
        trust.put("CERT_JWT_SECRET", Tokens.SECRET);
        try (Stack stack = Stack.trusting(trust)) {
            Api command = new Api(stack.commandSide.port());
            DevTokens.Issuer issuer = new DevTokens.Issuer(provider.issuer(), IdentityServer.AUDIENCE);
            LifecycleClient lifecycle = new LifecycleClient((path, token, body) -> command.post(path,
                    Tokens.issuedBy(token, issuer), body), LifecycleClient.SHIPPED_CAPABILITIES);
            String certification = lifecycle.path(member).certify().text("certificationId");
            String othersCertification = lifecycle.path(other).certify().text("certificationId");
            AppProcess console = stack.console(consolePort, provider.consoleEnvironment());
            theSessionCookieIsHttpOnlyLaxAndSecureOverHttps(console);
            try (Browser browser = new Browser(console.port())) {
                aMemberRecordsACredentialButCannotActForAnother(browser, provider, member, othersCertification);
                staffRevokesTheCertification(browser, provider, certification);
                anAuditorReadsTheDecision(browser, provider, member);
            }
        } finally {
            provider.stop();
        }
    }

    /** A sign-in begins a session; behind a TLS-terminating proxy (X-Forwarded-Proto) its cookie is Secure. */
    private static void theSessionCookieIsHttpOnlyLaxAndSecureOverHttps(AppProcess console) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (boolean https : List.of(false, true)) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(console.url()
                    + "/oauth2/authorization/oidc"));
            if (https) {
                request.header("X-Forwarded-Proto", "https");
            }
            HttpResponse<Void> answer = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            String cookie = answer.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).startsWith("CONSOLE_SESSION=").contains("HttpOnly", "SameSite=Lax");
            assertThat(cookie.contains("Secure")).as(cookie).isEqualTo(https);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).as("PKCE on the way to the provider")
                    .contains("code_challenge=", "code_challenge_method=S256");
        }
    }

    private static void aMemberRecordsACredentialButCannotActForAnother(Browser browser, IdentityServer provider,
                                                                        String member, String othersCertification) {
        browser.signInThroughProvider(member, provider.password(member));
        assertThat(browser.path()).startsWith("/member");
        browser.fill("personId", "person-signed-in");
        browser.choose("credential-type", "PRACTITIONER");
        browser.fill("credentialId", member + "-SIGNED-IN");
        browser.set("issuedOn", "2025-06-01");
        browser.clickButton("Record the credential");
        assertThat(browser.textOf("p.done")).isEqualTo("Credential " + member + "-SIGNED-IN recorded.");

        browser.reveal("Transfer to another organisation");
        browser.fill(browser.idStartingWith("to-"), "white-label-partner");
        browser.fill(browser.idStartingWith("why-"), "a form edited to name another organisation's certification");
        browser.submitTo("form[action$='/transfer']", "/member/certifications/" + othersCertification + "/transfer");
        assertThat(browser.awaitText("problem")).as("the API's refusal, through the console")
                .contains("own organisation");
        browser.open("/member/certifications/" + othersCertification + "/credential");
        assertThat(browser.body()).contains("The credential could not be issued (403)");
        browser.open("/member");
        browser.signOut();
        browser.open("/sign-in");
        browser.clickLink("Sign in with your organisation's account");
        browser.atTheProvidersLoginPage();
    }

    private static void staffRevokesTheCertification(Browser browser, IdentityServer provider, String certification) {
        browser.signInThroughProvider("staff", provider.password("staff"));
        assertThat(browser.path()).startsWith("/staff/queue");
        browser.open("/staff/certifications/" + certification);
        browser.fill("revoke-reason", "evidence withdrawn by the member");
        browser.click("revoke");
        // the command's own answer: the read models may lag behind a loaded machine (other stacks share the topic)
        assertThat(browser.textOf("p.done")).isEqualTo("Revoked, with the reason recorded.");
        browser.signOut();
    }

    private static void anAuditorReadsTheDecision(Browser browser, IdentityServer provider, String member) {
        browser.signInThroughProvider("auditor", provider.password("auditor"));
        assertThat(browser.path()).startsWith("/audit");
        // the filter's address (the form is a GET), loaded again until the read models reached the revocation
        String trail = Eventually.until(Duration.ofSeconds(90), () -> {
            browser.open("/audit?memberId=" + member);
            return browser.awaitText("trail");
        }, shown -> shown.contains("CertificationRevoked"));
        assertThat(trail).as("the revocation, once the read models reached it")
                .contains("CertificationRevoked", "evidence withdrawn by the member");
        browser.signOut();
    }
}
