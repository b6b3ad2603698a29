package org.finops.certification.tokens;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimPathsTest {

    @Test
    void readsTheContractsClaims() {
        Map<String, Object> claims = Map.of("roles", List.of("member"), "org", "acme");
        assertThat(ClaimPaths.CONTRACT.rolesIn(claims)).containsExactly("member");
        assertThat(ClaimPaths.CONTRACT.orgIn(claims)).isEqualTo("acme");
    }

    @Test
    void readsKeycloaksNestedRealmRoles() {
        ClaimPaths keycloak = new ClaimPaths("realm_access.roles", "organization");
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("staff", "offline_access")),
                "organization", List.of("acme"));
        assertThat(keycloak.rolesIn(claims)).containsExactlyInAnyOrder("staff", "offline_access");
        assertThat(keycloak.orgIn(claims)).isEqualTo("acme");
    }

    @Test
    void aClaimWhoseNameHasADotIsReadAsItIs() {
        ClaimPaths paths = new ClaimPaths("https://finops.org/roles", "org");
        assertThat(paths.rolesIn(Map.of("https://finops.org/roles", List.of("auditor")))).containsExactly("auditor");
    }

    @Test
    void somethingThatIsNoRoleOrOrganisationGivesNone() {
        ClaimPaths okta = new ClaimPaths("groups", "org");
        assertThat(okta.rolesIn(Map.of("groups", Map.of("staff", true)))).isEmpty();
        assertThat(okta.rolesIn(Map.of("groups", List.of(7, "staff")))).containsExactly("staff");
        assertThat(okta.rolesIn(Map.of())).isEmpty();
        assertThat(okta.orgIn(Map.of("org", List.of("acme", "globex")))).as("two organisations name none").isNull();
        assertThat(okta.orgIn(Map.of("org", " "))).isNull();
        assertThat(new ClaimPaths("a.b.c", "org").rolesIn(Map.of("a", "not an object"))).isEmpty();
    }

    @Test
    void blankPathsAreTheContractsNames() {
        assertThat(new ClaimPaths(" ", null)).isEqualTo(ClaimPaths.CONTRACT);
    }
}
