package org.finops.certification.console.signin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Where a refused page is answered: the refusal says who the page is for, and who the visitor is signed in as. */
@Controller
class ForbiddenPage {
    static final String PATH = "/forbidden";

    @RequestMapping(PATH)
    String forbidden(HttpServletRequest request, Model model) {
        Object refusal = request.getAttribute(WebAttributes.ACCESS_DENIED_403);
        String reason = refusal instanceof CsrfException
                ? "this form has expired or was not sent from this console: open the page again and send it from there"
                : refusal instanceof AccessDeniedException denied && denied.getMessage() != null
                ? denied.getMessage() : "your role does not allow this page";
        model.addAttribute("reason", Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".");
        return "forbidden";
    }
}
