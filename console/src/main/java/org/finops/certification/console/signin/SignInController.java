package org.finops.certification.console.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

    private final boolean devLogin;
    private final String secret;
    private final DevTokens.Issuer issuer;
    private final boolean oidc;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    /** The development tokens carry the issuer and audience the APIs require, where they require them. */
    SignInController(@Value("${cert.dev-login:false}") boolean devLogin, @Value("${cert.jwt.secret:}") String secret,
                     @Value("${cert.jwt.issuer:}") String issuer, @Value("${cert.jwt.audience:}") String audience,
                     ObjectProvider<ClientRegistrationRepository> oidc) {
        if (devLogin && secret.isBlank()) {
            throw new IllegalStateException("CERT_DEV_LOGIN=true needs CERT_JWT_SECRET, the secret the APIs were"
                    + " given, to sign the development tokens");
        }
        this.devLogin = devLogin;
        this.secret = secret;
        this.issuer = new DevTokens.Issuer(issuer.isBlank() ? null : issuer, audience.isBlank() ? null : audience);
        this.oidc = oidc.getIfAvailable() != null;
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
}
