package org.finops.certification.tokens;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a token carries the caller's roles and organisation. Identity providers differ (Keycloak puts roles in
 * {@code realm_access.roles}, Entra ID in {@code roles}, Okta in {@code groups}), so each is a claim name or a dotted
 * path into nested claims ({@code CERT_JWT_ROLES_CLAIM}, {@code CERT_JWT_ORG_CLAIM}); the contract's own names are
 * {@code roles} and {@code org}. The APIs and the console read a token through the same paths.
 */
public record ClaimPaths(String roles, String org) {
    public static final ClaimPaths CONTRACT = new ClaimPaths("roles", "org");

    public ClaimPaths {
        roles = roles == null || roles.isBlank() ? CONTRACT.roles() : roles.strip();
        org = org == null || org.isBlank() ? CONTRACT.org() : org.strip();
    }

    /** The role names; a single string is one role, anything else (a number, an object) none. */
    public Set<String> rolesIn(Map<String, ?> claims) {
        Object value = at(claims, roles);
        Collection<?> names = value instanceof Collection<?> list ? list : value instanceof String one ? List.of(one)
                : List.of();
        return names.stream().filter(String.class::isInstance).map(String.class::cast)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The organisation a member acts for, or null; a list counts only when it names exactly one. */
    public String orgIn(Map<String, ?> claims) {
        Object value = at(claims, org);
        if (value instanceof Collection<?> list && list.size() == 1) {
            value = list.iterator().next();
        }
        return value instanceof String organisation && !organisation.isBlank() ? organisation : null;
    }

    private static Object at(Map<String, ?> claims, String path) {
        Object value = claims.get(path);
        if (value != null || !path.contains(".")) {
            return value;
        }
        Object current = claims;
        for (String step : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> nested)) {
                return null;
            }
            current = nested.get(step);
        }
        return current;
    }
}
