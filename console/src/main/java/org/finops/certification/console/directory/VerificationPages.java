package org.finops.certification.console.directory;

import jakarta.servlet.http.HttpServletResponse;
import org.finops.certification.console.api.Apis;
import org.finops.certification.console.api.Reply;
import org.finops.certification.console.web.Pages;
import org.finops.certification.contract.ApiPaths;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;


/**
 * Verification for anyone, no sign-in: each certification's public page shows what verifying its current credential
 * finds, check by check; and any credential, pasted as JSON or as a VC-JWT, can be checked the same way.
 */
@Controller
class VerificationPages {
    private final Apis apis;

    VerificationPages(Apis apis) {
        this.apis = apis;
    }

    @GetMapping("/directory/{memberId}/certifications/{certificationId}")
    String certification(@PathVariable String memberId, @PathVariable String certificationId, Model model,
                         HttpServletResponse response) {
        Reply reply = apis.query(ApiPaths.verification(certificationId), null);
        if (!reply.ok()) {
            return Pages.unavailable(reply, model, response);
        }
        model.addAttribute("memberId", memberId);
        model.addAttribute("verification", reply.json());
        return "directory/certificate";
    }

    @GetMapping("/verify")
    String form() {
        return "directory/verify";
    }

    @PostMapping("/verify")
    String verify(@RequestParam(defaultValue = "") String credential, Model model, HttpServletResponse response) {
        model.addAttribute("credential", credential);
        Reply reply = apis.verify(credential);
        if (reply.ok()) {
            model.addAttribute("verification", reply.json());
            return "directory/verify";
        }
        return Pages.again(reply.problem(), "directory/verify", model, response);
    }
}
