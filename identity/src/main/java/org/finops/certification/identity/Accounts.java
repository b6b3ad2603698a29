package org.finops.certification.identity;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The people who sign in and the applications that ask for tokens, read from the accounts file
 * ({@code CERT_IDP_ACCOUNTS_FILE}) that the local stack writes with passwords made for its data directory and that a
 * test writes for itself. Roles and organisation are the contract's: {@code staff}, {@code auditor}, {@code member}
 * with the member id it acts for.
 */
record Accounts(List<Person> people, List<Client> clients) {

    /** A password is stored as Spring Security's {@code {id}encoded} form, or as plain text without a prefix. */
    record Person(String username, String password, String name, List<String> roles, String org) {
    }

    /**
     * An application: the console signs people in (authorization code with PKCE), a machine acts for itself
     * (client credentials) with the roles given here. {@code audience} is what its access tokens carry in {@code aud}.
     */
    record Client(String clientId, String secret, List<String> grants, List<String> redirectUris,
                  List<String> postLogoutRedirectUris, List<String> roles, String org, String audience) {
        Client {
            grants = grants == null ? List.of() : List.copyOf(grants);
            redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
            postLogoutRedirectUris = postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
        }
    }

    Accounts {
        people = people == null ? List.of() : List.copyOf(people);
        clients = clients == null ? List.of() : List.copyOf(clients);
    }

    static Accounts read(Path file) {
        try {
            return JsonMapper.builder().build().readValue(Files.readString(file), Accounts.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the accounts file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    Optional<Person> person(String username) {
        return people.stream().filter(person -> person.username().equals(username)).findFirst();
    }

    Optional<Client> client(String clientId) {
        return clients.stream().filter(client -> client.clientId().equals(clientId)).findFirst();
    }
}
