package org.finops.certification.console.member;

import jakarta.servlet.http.HttpServletResponse;
import org.finops.certification.console.api.Apis;
import org.finops.certification.console.api.Reply;
import org.finops.certification.console.signin.ConsoleUser;
import org.finops.certification.console.signin.SignedIn;
import org.finops.certification.console.web.Labels;
import org.finops.certification.console.web.Pages;
import org.finops.certification.console.web.Policies;
import org.finops.certification.events.CertificationType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Set;

/**
 * Applying and renewing. The form shows, before anything is sent, what the policy in force requires of the
 * organisation's size (held against required, per column) and the capability criteria it will be judged on.
 */
@Controller
class ApplyPages {
    private static final Set<String> TYPES = Set.of("PLATFORM", "SERVICE_PROVIDER");

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
        return form(ApplicationForm.empty(type != null && TYPES.contains(type) ? type : "PLATFORM"), null, model);
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
        Reply reply = apis.command("POST", "/api/v1/applications", user, form.body(user.org(), false),
                form.value("idempotencyKey"));
        if (!reply.ok()) {
            form(form, null, model);
            return Pages.again(reply.problem(), "member/apply", model, response);
        }
        return Pages.after(reply, "/member/applications/" + reply.path("applicationId").asString(),
                "Application submitted. Staff will review it.", redirect);
    }

    @GetMapping("/member/certifications/{certificationId}/renew")
    String renewForm(@PathVariable String certificationId, Model model, HttpServletResponse response) {
        ConsoleUser user = signedIn.member();
        Reply certification = apis.query("/api/v1/certifications/" + certificationId, user);
        if (!certification.ok()) {
            return Pages.unavailable(certification, model, response);
        }
        // a legacy certification renews as a current type: the form and the requirements are that type's
        CertificationType renewsAs = CertificationType.valueOf(certification.path("type").asString()).renewsAs();
        return form(ApplicationForm.empty(renewsAs.name()), certificationId, model);
    }

    @PostMapping("/member/certifications/{certificationId}/renew")
    String renew(@PathVariable String certificationId, @RequestParam MultiValueMap<String, String> params,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ConsoleUser user = signedIn.member();
        ApplicationForm form = ApplicationForm.of(params);
        Reply reply = apis.command("POST", "/api/v1/certifications/" + certificationId + "/renewals", user,
                form.body(user.org(), true), form.value("idempotencyKey"));
        if (!reply.ok()) {
            form(form, certificationId, model);
            return Pages.again(reply.problem(), "member/apply", model, response);
        }
        return Pages.after(reply, "/member/applications/" + reply.path("applicationId").asString(),
                "Renewal requested. Staff will review it under the policy in force.", redirect);
    }

    @GetMapping("/member/applications/{applicationId}")
    String application(@PathVariable String applicationId, @RequestParam(required = false) Long after, Model model,
                       HttpServletResponse response) {
        Reply application = Pages.waited(apis.query("/api/v1/applications/" + applicationId, signedIn.member(),
                after), model);
        if (!application.ok()) {
            return Pages.unavailable(application, model, response);
        }
        model.addAttribute("app", application.json());
        return "member/application";
    }

    private String form(ApplicationForm form, String renewing, Model model) {
        ConsoleUser user = signedIn.member();
        Reply compliance = apis.query("/api/v1/members/" + user.org() + "/compliance?type=" + form.type(), user);
        model.addAttribute("form", form);
        model.addAttribute("renewing", renewing);
        model.addAttribute("compliance", compliance.ok() ? compliance.json() : null);
        model.addAttribute("criteria", policies.inForce(user).map(policy -> policy.criteria(form.type())).orElse(null));
        model.addAttribute("key", java.util.UUID.randomUUID().toString());
        return "member/apply";
    }
}
