package org.finops.certification.servers;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The bundled OpenID Connect provider (module {@code identity}) as its own process, for the local stack and the
 * tests, with its files in a directory of their own: the accounts (a person per role, a member per organisation,
 * the console, a machine client) with passwords made once for that directory, and its signing keys.
 */
public final class IdentityServer {
    /** What the APIs require in {@code aud} ({@code CERT_JWT_AUDIENCE}). */
    public static final String AUDIENCE = "certification-api";
    public static final String CONSOLE_CLIENT = "console";
    /** A machine client (client credentials) with the staff role: a partner system, a subscriber's admin. */
    public static final String MACHINE_CLIENT = "partner-system";
    /** An application of the same provider with an audience of its own, whose tokens the APIs must refuse. */
    public static final String OTHER_APPLICATION = "reporting-tool";

    private final AppProcess process;
    private final IdentityAccounts accounts;
    private final Path keyFile;

    private IdentityServer(AppProcess process, IdentityAccounts accounts, Path keyFile) {
        this.process = process;
        this.accounts = accounts;
        this.keyFile = keyFile;
    }

    /**
     * Writes (or keeps) the accounts and keys in {@code home} and starts the provider; healthy when this returns.
     * @param consoleUrl    where the console signs people in: its redirect and sign-out addresses are registered
     * @param organisations the member ids that get a person each (username = member id)
     */
    public static IdentityServer start(Path jar, Path home, int port, String consoleUrl, List<String> organisations,
                                       Path logs) throws IOException, InterruptedException {
        Files.createDirectories(home);
        IdentityAccounts accounts = IdentityAccounts.prepare(home.resolve("identity-accounts.json"), consoleUrl,
                organisations);
        Path keyFile = home.resolve("identity-keys.json");
        if (!Files.isRegularFile(keyFile)) {
            PrivateFiles.write(keyFile, new JWKSet(newKey()).toString(false));
        }
        AppProcess process = AppProcess.startJar("identity", jar, port, Map.of(
                "CERT_IDP_ISSUER", "http://localhost:" + port,
                "CERT_IDP_ACCOUNTS_FILE", accounts.file().toString(),
                "CERT_IDP_KEY_FILE", keyFile.toString()), logs);
        process.awaitHealthy();
        return new IdentityServer(process, accounts, keyFile);
    }

    public String issuer() {
        return process.url();
    }

    /** How the APIs are told to trust this provider, as production tells them of the foundation's. */
    public Map<String, String> apiEnvironment() {
        return Map.of("CERT_JWT_ISSUER", issuer(), "CERT_JWT_AUDIENCE", AUDIENCE);
    }

    /** How the console signs people in through this provider. */
    public Map<String, String> consoleEnvironment() {
        return Map.of("CERT_OIDC_ISSUER_URI", issuer(), "CERT_OIDC_CLIENT_ID", CONSOLE_CLIENT,
                "CERT_OIDC_CLIENT_SECRET", accounts.secretOf(CONSOLE_CLIENT));
    }

    public List<IdentityAccounts.Person> people() {
        return accounts.people();
    }

    public String password(String username) {
        return accounts.passwordOf(username);
    }

    /** An access token of a client-credentials client, from the provider's token endpoint. */
    public String clientCredentialsToken(String clientId) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + accounts.secretOf(clientId))
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(issuer() + "/oauth2/token")).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the token endpoint answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        try {
            return (String) com.nimbusds.jose.util.JSONObjectUtils.parse(answer.body()).get("access_token");
        } catch (ParseException e) {
            throw new IllegalStateException("the token endpoint answered no JSON: " + answer.body(), e);
        }
    }

    /** The key the provider signs with now (private), for a test that forges what the provider would never sign. */
    public RSAKey signingKey() throws IOException {
        return (RSAKey) keys().getKeys().get(0);
    }

    /** A rotation as an operator does it: a new key first, the old ones kept published; no restart. */
    public RSAKey rotateKey() throws IOException {
        RSAKey next = newKey();
        List<JWK> keys = new ArrayList<>(keys().getKeys());
        keys.add(0, next);
        PrivateFiles.write(keyFile, new JWKSet(keys).toString(false));
        return next;
    }

    public void stop() {
        process.stop();
    }

    private JWKSet keys() throws IOException {
        try {
            return JWKSet.load(keyFile.toFile());
        } catch (ParseException e) {
            throw new IOException("the key file " + keyFile + " is not a JWK set", e);
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("identity-" + LocalDate.now() + "-"
                    + UUID.randomUUID().toString().substring(0, 4)).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("no RSA key could be made", e);
        }
    }
}
