package org.finops.certification.console.member;

import jakarta.servlet.http.HttpServletResponse;
import org.finops.certification.console.api.Apis;
import org.finops.certification.console.api.Reply;
import org.finops.certification.console.signin.ConsoleUser;
import org.finops.certification.console.signin.SignedIn;
import org.finops.certification.console.web.Forms;
import org.finops.certification.console.web.Labels;
import org.finops.certification.console.web.Pages;
import org.finops.certification.console.web.Rules;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.contract.Requests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * A member organisation's own page: its certifications with validity and status, its applications, where it
 * stands against the policy, its people's credentials (record, withdraw), and the refusals it met with the reason.
 */
@Controller
class MemberPages {
    private static final List<String> CREDENTIAL_FIELDS =
            List.of("personId", "type", "credentialId", "issuedOn", "expiresOn");

    private final Apis apis;
    private final SignedIn signedIn;
    private final Marks marks;
    private final Labels labels;

    MemberPages(Apis apis, SignedIn signedIn, Marks marks, Labels labels) {
        this.apis = apis;
        this.signedIn = signedIn;
        this.marks = marks;
        this.labels = labels;
    }

    @GetMapping("/member")
    String home(@RequestParam(required = false) Long after, Model model, HttpServletResponse response) {
        ConsoleUser user = signedIn.member();
        Reply certifications = Pages.waited(apis.query(ApiPaths.query(ApiPaths.CERTIFICATIONS)
                .param("memberId", user.org()).param("size", 200).toString(), user, after), model);
        if (!certifications.ok()) {
            return Pages.unavailable(certifications, model, response);
        }
        Reply member = apis.query(ApiPaths.member(user.org()), user);
        Reply applications = apis.query(ApiPaths.query(ApiPaths.APPLICATIONS).param("memberId", user.org())
                .param("size", 200).toString(), user);
        Reply compliance = apis.query(ApiPaths.compliance(user.org()), user);
        Reply people = apis.query(ApiPaths.credentials(user.org()), user);
        Reply trail = apis.query(ApiPaths.query(ApiPaths.AUDIT).param("memberId", user.org()).param("size", 200)
                .toString(), user);
        model.addAttribute("memberName", member.path("legalName").asString(user.org()));
        model.addAttribute("certifications", certifications.path("items"));
        model.addAttribute("marks", marks.of(certifications.path("items"), user.org(),
                member.path("legalName").asString(user.org()), labels));
        model.addAttribute("applications", applications.path("items"));
        model.addAttribute("compliance", compliance.ok() ? compliance.path("types") : null);
        model.addAttribute("complianceProblem", compliance.problem());
        model.addAttribute("people", people.path("items"));
        List<JsonNode> refusals = trail.path("items").valueStream()
                .filter(entry -> Rules.isRefusal(entry.path("eventType").asString())).toList();
        model.addAttribute("refusals", refusals);
        return "member/home";
    }

    @PostMapping("/member/credentials")
    String record(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        ConsoleUser user = signedIn.member();
        Map<String, Object> body = Forms.body(form, CREDENTIAL_FIELDS);
        Reply reply = apis.command("POST", ApiPaths.credentials(user.org()), user, body, form.get("idempotencyKey"));
        if (!reply.ok()) {
            model.addAttribute("credentialForm", form);
        }
        return answer(reply, "Credential " + body.get("credentialId") + " recorded.", model, response, redirect);
    }

    @PostMapping("/member/credentials/withdraw")
    String withdraw(@RequestParam String credentialId, @RequestParam(required = false) String reason,
                    @RequestParam(required = false) String idempotencyKey, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        ConsoleUser user = signedIn.member();
        Reply reply = apis.command("DELETE", ApiPaths.credential(user.org(), credentialId.strip()), user,
                new Requests.Reason(reason), idempotencyKey);
        return answer(reply, "Credential " + credentialId.strip() + " withdrawn.", model, response, redirect);
    }

    /** Certifications are never transferable: the attempt is refused, recorded, and shown here with the reason. */
    @PostMapping("/member/certifications/{certificationId}/transfer")
    String transfer(@PathVariable String certificationId, @RequestParam String toMemberId,
                    @RequestParam(required = false) String reason,
                    @RequestParam(required = false) String idempotencyKey,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ConsoleUser user = signedIn.member();
        Reply reply = apis.command("POST", ApiPaths.transfer(certificationId), user,
                new Requests.Transfer(toMemberId, reason), idempotencyKey);
        return answer(reply, "Transferred.", model, response, redirect);
    }

    /** After a command: the member's page with its effect, or the same page with the problem in words. */
    private String answer(Reply reply, String done, Model model, HttpServletResponse response,
                          RedirectAttributes redirect) {
        if (!reply.ok()) {
            home(reply.position(), model, response);
            return Pages.again(reply.problem(), "member/home", model, response);
        }
        return Pages.after(reply, "/member", done, redirect);
    }
}
