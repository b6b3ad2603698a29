package org.finops.certification.console.signin;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is signed in, whichever way they signed in: the development sign-in keeps a {@link ConsoleUser} as the
 * principal; OpenID Connect gives the identity provider's user, whose roles and organisation come from the same
 * claims the APIs read ({@code roles}, {@code org}) and whose access token the console forwards.
 */
@Component
public class SignedIn {
    private final ObjectProvider<OAuth2AuthorizedClientService> clients;

    public SignedIn(ObjectProvider<OAuth2AuthorizedClientService> clients) {
        this.clients = clients;
    }

    /** The current person, or null for a visitor who has not signed in. */
    public ConsoleUser user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return null;
        }
        if (authentication.getPrincipal() instanceof ConsoleUser user) {
            return user;
        }
        if (authentication instanceof OAuth2AuthenticationToken oidc
                && oidc.getPrincipal() instanceof OidcUser person) {
            OAuth2AuthorizedClientService service = clients.getIfAvailable();
            OAuth2AuthorizedClient client = service == null ? null
                    : service.loadAuthorizedClient(oidc.getAuthorizedClientRegistrationId(), oidc.getName());
            String token = client == null ? person.getIdToken().getTokenValue()
                    : client.getAccessToken().getTokenValue();
            return new ConsoleUser(person.getSubject(), roles(person.getClaims().get("roles")),
                    person.getClaimAsString("org"), token);
        }
        return null;
    }

    /** The pages of a member organisation are for its own people. */
    public ConsoleUser member() {
        return requiring(ConsoleUser::isMember, "these pages are for a member organisation");
    }

    public ConsoleUser staff() {
        return requiring(ConsoleUser::isStaff, "these pages are for certification staff");
    }

    /** Staff and auditors read the trail and the histories. */
    public ConsoleUser reader() {
        return requiring(user -> user.isStaff() || user.isAuditor(), "these pages are for staff and auditors");
    }

    private ConsoleUser requiring(java.util.function.Predicate<ConsoleUser> allowed, String refusal) {
        ConsoleUser user = user();
        if (user == null || !allowed.test(user)) {
            throw new org.springframework.security.access.AccessDeniedException(refusal);
        }
        return user;
    }

    private static Set<String> roles(Object claim) {
        Collection<?> roles = claim instanceof Collection<?> list ? list : claim == null ? List.of() : List.of(claim);
        return roles.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
