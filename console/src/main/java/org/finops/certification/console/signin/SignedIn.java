package org.finops.certification.console.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.finops.certification.tokens.ClaimPaths;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.function.Predicate;

/**
 * Who is signed in, whichever way they signed in: the development sign-in keeps a {@link ConsoleUser} as the
 * principal; OpenID Connect gives the identity provider's user, whose roles and organisation are read where the APIs
 * read them ({@code CERT_JWT_ROLES_CLAIM}, {@code CERT_JWT_ORG_CLAIM}) and whose access token (renewed when it runs
 * out) the console forwards. The pages only choose what to show from the roles: the APIs decide.
 */
@Component
public class SignedIn {
    private final ObjectProvider<OAuth2AuthorizedClientManager> clients;
    private final ClaimPaths claims;

    public SignedIn(ObjectProvider<OAuth2AuthorizedClientManager> clients,
                    @Value("${cert.jwt.roles-claim:}") String rolesClaim,
                    @Value("${cert.jwt.org-claim:}") String orgClaim) {
        this.clients = clients;
        this.claims = new ClaimPaths(rolesClaim, orgClaim);
    }

    /** The current person, or null for a visitor who has not signed in (or whose session at the provider ended). */
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
            OAuth2AuthorizedClient client = authorized(oidc);
            return client == null ? null : new ConsoleUser(person.getSubject(), claims.rolesIn(person.getClaims()),
                    claims.orgIn(person.getClaims()), client.getAccessToken().getTokenValue());
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

    private ConsoleUser requiring(Predicate<ConsoleUser> allowed, String refusal) {
        ConsoleUser user = user();
        if (user == null || !allowed.test(user)) {
            throw new AccessDeniedException(refusal);
        }
        return user;
    }

    private OAuth2AuthorizedClient authorized(OAuth2AuthenticationToken oidc) {
        OAuth2AuthorizedClientManager manager = clients.getIfAvailable();
        if (manager == null || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web)) {
            return null;
        }
        HttpServletRequest request = web.getRequest();
        HttpServletResponse response = web.getResponse();
        try {
            return manager.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(oidc.getAuthorizedClientRegistrationId()).principal(oidc)
                    .attribute(HttpServletRequest.class.getName(), request)
                    .attribute(HttpServletResponse.class.getName(), response).build());
        } catch (OAuth2AuthorizationException ended) {
            // the refresh token ran out or was revoked at the provider: the person signs in again
            SecurityContextHolder.clearContext();
            if (request.getSession(false) != null) {
                request.getSession(false).invalidate();
            }
            return null;
        }
    }
}
