package org.finops.certification.servers;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled provider's accounts file: who signs in (staff, an auditor, and for each member organisation one person
 * whose username is its member id) and which applications ask for tokens. Passwords and client secrets are made at
 * random the first time and kept, so they hold for as long as the data directory; addresses are written anew, since
 * the console's port may change.
 */
public final class IdentityAccounts {
    private static final int PASSWORD_BYTES = 12;

    /** A person of the provider, as the banner lists them. */
    public record Person(String username, String name, List<String> roles, String org) {
    }

    private final Path file;
    private final List<Person> people;
    private final Map<String, String> secrets;

    private IdentityAccounts(Path file, List<Person> people, Map<String, String> secrets) {
        this.file = file;
        this.people = people;
        this.secrets = secrets;
    }

    static IdentityAccounts prepare(Path file, String consoleUrl, List<String> organisations) throws IOException {
        List<Person> people = new ArrayList<>(List.of(new Person("staff", "Ana Staff", List.of("staff"), null),
                new Person("auditor", "Bo Auditor", List.of("auditor"), null)));
        organisations.forEach(org -> people.add(new Person(org, "A member of " + org, List.of("member"), org)));
        Map<String, String> secrets = kept(file);
        people.forEach(person -> secrets.computeIfAbsent(person.username(),
                name -> PrivateFiles.randomSecret(PASSWORD_BYTES)));
        List.of(IdentityServer.CONSOLE_CLIENT, IdentityServer.MACHINE_CLIENT, IdentityServer.OTHER_APPLICATION)
                .forEach(client -> secrets.computeIfAbsent(client, name -> PrivateFiles.randomSecret(PASSWORD_BYTES)));
        List<Object> entries = new ArrayList<>();
        for (Person person : people) {
            Map<String, Object> entry = new LinkedHashMap<>(Map.of("username", person.username(),
                    "password", secrets.get(person.username()), "name", person.name(), "roles", person.roles()));
            if (person.org() != null) {
                entry.put("org", person.org());
            }
            entries.add(entry);
        }
        List<Object> clients = List.of(
                Map.of("clientId", IdentityServer.CONSOLE_CLIENT, "secret", secrets.get(IdentityServer.CONSOLE_CLIENT),
                        "grants", List.of("authorization_code"),
                        "redirectUris", List.of(consoleUrl + "/login/oauth2/code/oidc"),
                        "postLogoutRedirectUris", List.of(consoleUrl + "/directory"),
                        "audience", IdentityServer.AUDIENCE),
                Map.of("clientId", IdentityServer.MACHINE_CLIENT, "secret", secrets.get(IdentityServer.MACHINE_CLIENT),
                        "grants", List.of("client_credentials"), "roles", List.of("staff"),
                        "audience", IdentityServer.AUDIENCE),
                Map.of("clientId", IdentityServer.OTHER_APPLICATION,
                        "secret", secrets.get(IdentityServer.OTHER_APPLICATION),
                        "grants", List.of("client_credentials"), "roles", List.of("staff"),
                        "audience", "reporting-api"));
        PrivateFiles.write(file, JSONObjectUtils.toJSONString(Map.of("people", entries, "clients", clients)));
        return new IdentityAccounts(file, List.copyOf(people), secrets);
    }

    Path file() {
        return file;
    }

    List<Person> people() {
        return people;
    }

    String passwordOf(String username) {
        return secrets.get(username);
    }

    String secretOf(String clientId) {
        return secrets.get(clientId);
    }

    /** The passwords and secrets of an earlier start, by username and client id. */
    private static Map<String, String> kept(Path file) throws IOException {
        Map<String, String> secrets = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return secrets;
        }
        try {
            Map<String, Object> accounts = JSONObjectUtils.parse(Files.readString(file));
            for (Map<String, Object> person : JSONObjectUtils.getJSONObjectArray(accounts, "people")) {
                secrets.put((String) person.get("username"), (String) person.get("password"));
            }
            for (Map<String, Object> client : JSONObjectUtils.getJSONObjectArray(accounts, "clients")) {
                secrets.put((String) client.get("clientId"), (String) client.get("secret"));
            }
            return secrets;
        } catch (ParseException e) {
            throw new IOException("the accounts file " + file + " is not the provider's JSON: " + e.getMessage(), e);
        }
    }
}
