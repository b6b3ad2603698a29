package org.finops.certification.console.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.finops.certification.console.api.Apis;
import org.finops.certification.console.api.Reply;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.tokens.DevTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sign-in page: a link to the identity provider in production; in the local stack, and only with
 * {@code CERT_DEV_LOGIN=true}, a form that picks a role and an organisation and signs a token as the APIs expect.
 */
@Controller
class SignInController {
    private static final Set<String> ROLES = Set.of("staff", "member", "auditor");
    /** A working day; the session cookie ends with the browser, the token with this. */
    private static final Duration SESSION = Duration.ofHours(8);
    private static final int REGISTRATION_CHECKS = 10;
    private static final Duration REGISTRATION_WAIT = Duration.ofMillis(300);

    private final boolean devLogin;
    private final String secret;
    private final DevTokens.Issuer issuer;
    private final boolean oidc;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final Apis apis;

    /** The development tokens carry the issuer and audience the APIs require, where they require them. */
    SignInController(@Value("${cert.dev-login:false}") boolean devLogin, @Value("${cert.jwt.secret:}") String secret,
                     @Value("${cert.jwt.issuer:}") String issuer, @Value("${cert.jwt.audience:}") String audience,
                     ObjectProvider<ClientRegistrationRepository> oidc, Apis apis) {
        if (devLogin && secret.isBlank()) {
            throw new IllegalStateException("CERT_DEV_LOGIN=true needs CERT_JWT_SECRET, the secret the APIs were"
                    + " given, to sign the development tokens");
        }
        this.devLogin = devLogin;
        this.secret = secret;
        this.issuer = new DevTokens.Issuer(issuer.isBlank() ? null : issuer, audience.isBlank() ? null : audience);
        this.oidc = oidc.getIfAvailable() != null;
        this.apis = apis;
    }

    @GetMapping("/sign-in")
    String page(Model model, HttpServletRequest request) {
        model.addAttribute("devLogin", devLogin);
        model.addAttribute("oidc", oidc);
        if (request.getParameter("error") != null && request.getSession(false) != null
                && request.getSession(false).getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                instanceof AuthenticationException failed) {
            model.addAttribute("signInError", "Signing in at the identity provider failed: " + failed.getMessage());
        }
        return "sign-in";
    }

    @PostMapping("/sign-in/dev")
    String devSignIn(@RequestParam String role, @RequestParam(required = false) String org,
                     @RequestParam(required = false) String name, Model model, HttpServletRequest request,
                     HttpServletResponse response) {
        if (!devLogin) {
            response.setStatus(404);
            return page(model, request);
        }
        String organisation = org == null || org.isBlank() ? null : org.strip();
        if (!ROLES.contains(role) || ("member".equals(role) && organisation == null)) {
            model.addAttribute("signInError", "member".equals(role)
                    ? "A member signs in for an organisation: enter its member id." : "Pick a role.");
            response.setStatus(400);
            return page(model, request);
        }
        String subject = name == null || name.isBlank() ? role + (organisation == null ? "" : "@" + organisation)
                : name.strip();
        String actsFor = "member".equals(role) ? organisation : null;
        ConsoleUser user = new ConsoleUser(subject, Set.of(role), actsFor,
                DevTokens.sign(secret, issuer, subject, List.of(role), actsFor, SESSION));
        Optional<String> unknown = actsFor == null ? Optional.empty() : unregistered(user);
        if (unknown.isPresent()) {
            model.addAttribute("signInError", unknown.get());
            response.setStatus(403);
            return page(model, request);
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        return "redirect:" + user.home();
    }

    /**
     * Why the organisation cannot be signed in for, if it cannot: the members view does not know it. A member
     * registered a moment ago may not have reached the read models, so an unknown one is asked again for a while.
     */
    private Optional<String> unregistered(ConsoleUser user) {
        for (int attempt = 0; attempt < REGISTRATION_CHECKS; attempt++) {
            Reply member = apis.query(ApiPaths.member(user.org()), user);
            if (member.ok()) {
                return Optional.empty();
            }
            if (member.status() != 404) {
                return Optional.of("The organisation could not be checked: " + member.problem().message());
            }
            try {
                Thread.sleep(REGISTRATION_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.of("No organisation " + user.org() + " is registered: staff register members first.");
    }
}
