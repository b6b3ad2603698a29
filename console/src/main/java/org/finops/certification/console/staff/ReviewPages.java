package org.finops.certification.console.staff;

import jakarta.servlet.http.HttpServletResponse;
import org.finops.certification.console.api.Apis;
import org.finops.certification.console.api.Reply;
import org.finops.certification.console.signin.ConsoleUser;
import org.finops.certification.console.signin.SignedIn;
import org.finops.certification.console.web.Pages;
import org.finops.certification.events.CertificationType;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.contract.Requests;
import org.finops.certification.rules.ApplicationStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/**
 * The review: the queue of applications (oldest first), and one application with the member's compliance as a
 * checklist under the named policy version, the claims with their evidence, and the decision with its reason.
 */
@Controller
class ReviewPages {
    private final Apis apis;
    private final SignedIn signedIn;

    ReviewPages(Apis apis, SignedIn signedIn) {
        this.apis = apis;
        this.signedIn = signedIn;
    }

    @GetMapping("/staff/queue")
    String queue(@RequestParam(required = false) String type, @RequestParam(required = false) String status,
                 @RequestParam(required = false) Long after, Model model, HttpServletResponse response) {
        String typeFilter = CertificationType.offered(type).map(Enum::name).orElse(null);
        // the queue is what is open for review, unless another status (or all of them) is asked for
        String statusFilter = status == null ? ApplicationStatus.SUBMITTED.name()
                : ApplicationStatus.named(status).map(Enum::name).orElse(null);
        Reply queue = Pages.waited(apis.query(ApiPaths.query(ApiPaths.APPLICATIONS).param("size", 200)
                .param("status", statusFilter).param("type", typeFilter).toString(), signedIn.staff(), after), model);
        if (!queue.ok()) {
            return Pages.unavailable(queue, model, response);
        }
        model.addAttribute("applications", queue.path("items"));
        model.addAttribute("total", queue.path("total").asLong());
        model.addAttribute("type", typeFilter);
        model.addAttribute("status", statusFilter);
        return "staff/queue";
    }

    @GetMapping("/staff/applications/{applicationId}")
    String application(@PathVariable String applicationId, @RequestParam(required = false) Long after, Model model,
                       HttpServletResponse response) {
        ConsoleUser user = signedIn.staff();
        Reply application = Pages.waited(apis.query(ApiPaths.application(applicationId), user, after), model);
        if (!application.ok()) {
            return Pages.unavailable(application, model, response);
        }
        // the query side judges it by the rule approval applies: the page shows that, it decides nothing itself
        Reply evaluation = apis.query(ApiPaths.evaluation(applicationId), user);
        model.addAttribute("app", application.json());
        model.addAttribute("submission", application.path("submission"));
        model.addAttribute("evaluation", evaluation.ok() ? evaluation.json() : null);
        model.addAttribute("evaluationProblem", evaluation.problem());
        model.addAttribute("key", UUID.randomUUID().toString());
        return "staff/application";
    }

    @PostMapping("/staff/applications/{applicationId}/approve")
    String approve(@PathVariable String applicationId, @RequestParam(required = false) String comment,
                   @RequestParam(required = false) String idempotencyKey, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        return decide(applicationId, ApiPaths.Decision.APPROVE, new Requests.Comment(comment), idempotencyKey,
                "Approved: the certification is granted.", model, response, redirect);
    }

    @PostMapping("/staff/applications/{applicationId}/reject")
    String reject(@PathVariable String applicationId, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String idempotencyKey, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return decide(applicationId, ApiPaths.Decision.REJECT, new Requests.RequiredReason(reason), idempotencyKey,
                "Rejected, with the reason recorded.", model, response, redirect);
    }

    private String decide(String applicationId, ApiPaths.Decision decision, Object body, String key, String done,
                          Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Reply reply = apis.command("POST", ApiPaths.decision(applicationId, decision), signedIn.staff(), body, key);
        if (!reply.ok()) {
            application(applicationId, null, model, response);
            return Pages.again(reply.problem(), "staff/application", model, response);
        }
        return Pages.after(reply, "/staff/applications/" + ApiPaths.segment(applicationId), done, redirect);
    }
}
