package org.finops.certification.console.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.finops.certification.devtokens.DevTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
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
    private final boolean oidc;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SignInController(@Value("${cert.dev-login:false}") boolean devLogin, @Value("${cert.jwt.secret:}") String secret,
                     ObjectProvider<ClientRegistrationRepository> oidc) {
        this.devLogin = devLogin;
        this.secret = secret;
        this.oidc = oidc.getIfAvailable() != null;
    }

    @GetMapping("/sign-in")
    String page(Model model) {
        model.addAttribute("devLogin", devLogin);
        model.addAttribute("oidc", oidc);
        return "sign-in";
    }

    @PostMapping("/sign-in/dev")
    String devSignIn(@RequestParam String role, @RequestParam(required = false) String org,
                     @RequestParam(required = false) String name, Model model, HttpServletRequest request,
                     HttpServletResponse response) {
        if (!devLogin) {
            response.setStatus(404);
            return page(model);
        }
        String organisation = org == null || org.isBlank() ? null : org.strip();
        if (!ROLES.contains(role) || ("member".equals(role) && organisation == null)) {
            model.addAttribute("signInError", "member".equals(role)
                    ? "A member signs in for an organisation: enter its member id." : "Pick a role.");
            response.setStatus(400);
            return page(model);
        }
        String subject = name == null || name.isBlank() ? role + (organisation == null ? "" : "@" + organisation)
                : name.strip();
        ConsoleUser user = new ConsoleUser(subject, Set.of(role), "member".equals(role) ? organisation : null,
                DevTokens.sign(secret, subject, List.of(role), "member".equals(role) ? organisation : null, SESSION));
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
