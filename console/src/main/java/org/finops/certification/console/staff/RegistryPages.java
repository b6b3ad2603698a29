package org.finops.certification.console.staff;

import jakarta.servlet.http.HttpServletResponse;
import org.finops.certification.console.api.Apis;
import org.finops.certification.console.api.Reply;
import org.finops.certification.console.signin.ConsoleUser;
import org.finops.certification.console.signin.SignedIn;
import org.finops.certification.console.web.Forms;
import org.finops.certification.console.web.Pages;
import org.finops.certification.events.CertificationType;
import org.finops.certification.rules.CertificationStatus;
import org.finops.certification.contract.ApiPaths;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The foundation's registry for staff: find a member or a certification (by name, id, status, type) and register a
 * new member organisation. Searching is a query like any other; registering, a command with the form's key.
 */
@Controller
class RegistryPages {
    private static final List<String> MEMBER_FIELDS = List.of("memberId", "legalName", "sizeBand", "contactEmail");
    private static final int PAGE = 50;

    private final Apis apis;
    private final SignedIn signedIn;

    RegistryPages(Apis apis, SignedIn signedIn) {
        this.apis = apis;
        this.signedIn = signedIn;
    }

    @GetMapping("/staff/members")
    String members(@RequestParam(required = false) String q, @RequestParam(required = false) Long after,
                   Model model, HttpServletResponse response) {
        ConsoleUser user = signedIn.staff();
        Reply found = Pages.waited(apis.query(ApiPaths.query(ApiPaths.MEMBERS).param("size", PAGE)
                .param("q", q == null ? null : q.strip()).toString(), user, after), model);
        if (!found.ok()) {
            return Pages.unavailable(found, model, response);
        }
        model.addAttribute("q", q);
        model.addAttribute("members", found.path("items"));
        model.addAttribute("total", found.path("total").asLong());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        model.addAttribute("key", UUID.randomUUID().toString());
        return "staff/members";
    }

    @PostMapping("/staff/members")
    String register(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        Map<String, Object> body = Forms.body(form, MEMBER_FIELDS);
        body.put("goodStanding", true);
        Reply reply = apis.command("POST", ApiPaths.MEMBERS, signedIn.staff(), body, form.get("idempotencyKey"));
        if (!reply.ok()) {
            model.addAttribute("form", form);
            members(null, null, model, response);
            return Pages.again(reply.problem(), "staff/members", model, response);
        }
        return Pages.after(reply, ApiPaths.query("/staff/members").param("q", body.get("memberId")).toString(),
                "Member " + body.get("legalName") + " registered.", redirect);
    }

    @GetMapping("/staff/certifications")
    String certifications(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                          @RequestParam(required = false) String status, Model model,
                          HttpServletResponse response) {
        ConsoleUser user = signedIn.staff();
        String typeFilter = CertificationType.named(type).map(Enum::name).orElse(null);
        String statusFilter = CertificationStatus.named(status).map(Enum::name).orElse(null);
        Reply found = apis.query(ApiPaths.query(ApiPaths.CERTIFICATIONS).param("size", PAGE)
                .param("q", q == null ? null : q.strip()).param("type", typeFilter).param("status", statusFilter)
                .toString(), user);
        if (!found.ok()) {
            return Pages.unavailable(found, model, response);
        }
        model.addAttribute("q", q);
        model.addAttribute("type", typeFilter);
        model.addAttribute("status", statusFilter);
        model.addAttribute("certifications", found.path("items"));
        model.addAttribute("total", found.path("total").asLong());
        return "staff/certifications";
    }
}
