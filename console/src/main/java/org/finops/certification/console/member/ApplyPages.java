package org.finops.certification.console.member;

import jakarta.servlet.http.HttpServletResponse;
import org.finops.certification.console.api.Apis;
import org.finops.certification.console.api.Reply;
import org.finops.certification.console.signin.ConsoleUser;
import org.finops.certification.console.signin.SignedIn;
import org.finops.certification.console.web.Labels;
import org.finops.certification.console.web.Pages;
import org.finops.certification.console.web.Policies;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.contract.Replies;
import org.finops.certification.contract.Requests;
import org.finops.certification.events.CertificationType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * Applying and renewing. The form shows, before anything is sent, what the policy in force requires of the
 * organisation's size (held against required, per column) and the capability criteria it will be judged on.
 */
@Controller
class ApplyPages {
    private final Apis apis;
    private final SignedIn signedIn;
    private final Policies policies;
    private final Labels labels;

    ApplyPages(Apis apis, SignedIn signedIn, Policies policies, Labels labels) {
        this.apis = apis;
        this.signedIn = signedIn;
        this.policies = policies;
        this.labels = labels;
    }

    @GetMapping("/member/apply")
    String applyForm(@RequestParam(required = false) String type, Model model) {
        return form(ApplicationForm.empty(CertificationType.offered(type).orElse(CertificationType.offered().getFirst())),
                null, model);
    }

    @PostMapping("/member/apply")
    String apply(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        ConsoleUser user = signedIn.member();
        ApplicationForm form = ApplicationForm.of(params);
        if (!form.drawnForItsType()) {
            // the certification was changed after the form was drawn: its fields are the other type's
            model.addAttribute("done", "The form now asks what a " + labels.type(form.type())
                    + " application needs; nothing was sent yet.");
            return form(form.redrawn(), null, model);
        }
        Reply reply = apis.command("POST", ApiPaths.APPLICATIONS, user, form.body(user.org(), false),
                form.value("idempotencyKey"));
        if (!reply.ok()) {
            form(form, null, model);
            return Pages.again(reply.problem(), "member/apply", model, response);
        }
        return Pages.after(reply, "/member/applications/"
                + ApiPaths.segment(reply.as(Replies.ApplicationSubmitted.class).applicationId()),
                "Application submitted. Staff will review it.", redirect);
    }

    @GetMapping("/member/certifications/{certificationId}/renew")
    String renewForm(@PathVariable String certificationId, Model model, HttpServletResponse response) {
        ConsoleUser user = signedIn.member();
        Reply certification = apis.query(ApiPaths.certification(certificationId), user);
        if (!certification.ok()) {
            return Pages.unavailable(certification, model, response);
        }
        // a legacy certification renews as a current type: the form and the requirements are that type's
        CertificationType renewsAs = CertificationType.valueOf(certification.path("type").asString()).renewsAs();
        ApplicationForm form = lastSubmission(certificationId, user)
                .map(submitted -> ApplicationForm.from(renewsAs, submitted)).orElse(ApplicationForm.empty(renewsAs));
        return form(form, certificationId, model);
    }

    @PostMapping("/member/certifications/{certificationId}/renew")
    String renew(@PathVariable String certificationId, @RequestParam MultiValueMap<String, String> params,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ConsoleUser user = signedIn.member();
        ApplicationForm form = ApplicationForm.of(params);
        Reply reply = apis.command("POST", ApiPaths.renewals(certificationId), user,
                form.body(user.org(), true), form.value("idempotencyKey"));
        if (!reply.ok()) {
            form(form, certificationId, model);
            return Pages.again(reply.problem(), "member/apply", model, response);
        }
        return Pages.after(reply, "/member/applications/"
                + ApiPaths.segment(reply.as(Replies.RenewalRequested.class).applicationId()),
                "Renewal requested. Staff will review it under the policy in force.", redirect);
    }

    @GetMapping("/member/applications/{applicationId}")
    String application(@PathVariable String applicationId, @RequestParam(required = false) Long after, Model model,
                       HttpServletResponse response) {
        Reply application = Pages.waited(apis.query(ApiPaths.application(applicationId), signedIn.member(),
                after), model);
        if (!application.ok()) {
            return Pages.unavailable(application, model, response);
        }
        model.addAttribute("app", application.json());
        return "member/application";
    }

    /** An open application withdrawn by its member, with the reason if one is given. */
    @PostMapping("/member/applications/{applicationId}/withdraw")
    String withdraw(@PathVariable String applicationId, @RequestParam(required = false) String reason,
                    @RequestParam(required = false) String idempotencyKey, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        Reply reply = apis.command("POST", ApiPaths.decision(applicationId, ApiPaths.Decision.WITHDRAW),
                signedIn.member(), new Requests.Reason(reason == null || reason.isBlank() ? null : reason.strip()),
                idempotencyKey);
        if (!reply.ok()) {
            application(applicationId, null, model, response);
            return Pages.again(reply.problem(), "member/application", model, response);
        }
        return Pages.after(reply, "/member/applications/" + ApiPaths.segment(applicationId),
                "Application withdrawn.", redirect);
    }

    /** What was submitted last for the certification: the application that granted it or its latest renewal. */
    private Optional<JsonNode> lastSubmission(String certificationId, ConsoleUser user) {
        Reply applications = apis.query(ApiPaths.query(ApiPaths.APPLICATIONS).param("memberId", user.org())
                .param("size", 200).toString(), user);
        return applications.path("items").valueStream()
                .filter(application -> certificationId.equals(application.path("renewalOf").asString(""))
                        || certificationId.equals(application.path("decision").path("certificationId").asString("")))
                .reduce((earlier, later) -> later)
                .map(application -> apis.query(ApiPaths.application(application.path("applicationId").asString()),
                        user))
                .filter(Reply::ok).map(reply -> reply.path("submission")).filter(JsonNode::isObject);
    }

    private String form(ApplicationForm form, String renewing, Model model) {
        ConsoleUser user = signedIn.member();
        Reply compliance = apis.query(ApiPaths.query(ApiPaths.compliance(user.org()))
                .param("type", form.certification().name()).toString(), user);
        model.addAttribute("form", form);
        model.addAttribute("renewing", renewing);
        model.addAttribute("compliance", compliance.ok() ? compliance.json() : null);
        model.addAttribute("criteria", policies.inForce(user).map(policy -> policy.criteria(form.type())).orElse(null));
        model.addAttribute("key", java.util.UUID.randomUUID().toString());
        return "member/apply";
    }
}
