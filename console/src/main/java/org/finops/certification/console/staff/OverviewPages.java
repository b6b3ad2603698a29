package org.finops.certification.console.staff;

import jakarta.servlet.http.HttpServletResponse;
import org.finops.certification.console.api.Apis;
import org.finops.certification.console.api.Reply;
import org.finops.certification.console.signin.SignedIn;
import org.finops.certification.console.web.Forms;
import org.finops.certification.console.web.Pages;
import org.finops.certification.console.web.Policies;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.contract.Replies;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Renewals coming due with the reminders already sent, the policy versions side by side, and the legacy import. */
@Controller
class OverviewPages {
    private static final List<String> LEGACY_FIELDS =
            List.of("memberId", "legacyType", "grantedOn", "expiresOn", "externalReference");

    private final Apis apis;
    private final SignedIn signedIn;
    private final Policies policies;

    OverviewPages(Apis apis, SignedIn signedIn, Policies policies) {
        this.apis = apis;
        this.signedIn = signedIn;
        this.policies = policies;
    }

    @GetMapping("/staff/renewals")
    String renewals(Model model, HttpServletResponse response) {
        Reply due = apis.query(ApiPaths.query(ApiPaths.RENEWALS_DUE).param("within", "P90D").toString(), signedIn.staff());
        if (!due.ok()) {
            return Pages.unavailable(due, model, response);
        }
        model.addAttribute("renewals", due.path("certifications"));
        return "staff/renewals";
    }

    @GetMapping("/staff/policies")
    String policyVersions(Model model) {
        List<Policies.Version> versions = policies.all(signedIn.staff());
        model.addAttribute("versions", versions);
        model.addAttribute("rows", Policies.sideBySide(versions));
        return "staff/policies";
    }

    @GetMapping("/staff/legacy")
    String legacyForm(Model model) {
        signedIn.staff();
        model.addAttribute("form", Map.of());
        model.addAttribute("key", UUID.randomUUID().toString());
        return "staff/legacy";
    }

    @PostMapping("/staff/legacy")
    String importLegacy(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                        RedirectAttributes redirect) {
        Map<String, Object> body = Forms.body(form, LEGACY_FIELDS);
        Reply reply = apis.command("POST", ApiPaths.LEGACY_CERTIFICATIONS, signedIn.staff(), body,
                form.get("idempotencyKey"));
        if (!reply.ok()) {
            model.addAttribute("form", form);
            model.addAttribute("key", UUID.randomUUID().toString());
            return Pages.again(reply.problem(), "staff/legacy", model, response);
        }
        return Pages.after(reply, "/staff/certifications/"
                + ApiPaths.segment(reply.as(Replies.LegacyCertificationImported.class).certificationId()),
                "Legacy certification imported.", redirect);
    }
}
