package org.finops.certification.console.staff;

import jakarta.servlet.http.HttpServletResponse;
import org.finops.certification.console.api.Apis;
import org.finops.certification.console.api.Reply;
import org.finops.certification.console.signin.ConsoleUser;
import org.finops.certification.console.signin.SignedIn;
import org.finops.certification.console.web.Pages;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.contract.Requests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/**
 * One certification for staff: its state and history, revocation with a reason, and suspension or reinstatement.
 * The rules suspend a certification when its member loses good standing and reinstate it when the standing returns,
 * so that is what the suspend and reinstate forms change, with the reason recorded on the member.
 */
@Controller
class CertificationPages {
    private final Apis apis;
    private final SignedIn signedIn;

    CertificationPages(Apis apis, SignedIn signedIn) {
        this.apis = apis;
        this.signedIn = signedIn;
    }

    @GetMapping("/staff/certifications/{certificationId}")
    String certification(@PathVariable String certificationId, @RequestParam(required = false) Long after,
                         Model model, HttpServletResponse response) {
        ConsoleUser user = signedIn.staff();
        Reply certification = Pages.waited(apis.query(ApiPaths.certification(certificationId), user, after),
                model);
        if (!certification.ok()) {
            return Pages.unavailable(certification, model, response);
        }
        Reply trail = apis.query(ApiPaths.query(ApiPaths.AUDIT).param("certificationId", certificationId)
                .param("size", 200).toString(), user);
        Reply member = apis.query(ApiPaths.member(certification.path("memberId").asString()), user);
        model.addAttribute("memberName", member.path("legalName").asString(certification.path("memberId").asString()));
        model.addAttribute("certification", certification.json());
        model.addAttribute("trail", trail.path("items"));
        model.addAttribute("key", UUID.randomUUID().toString());
        return "staff/certification";
    }

    @PostMapping("/staff/certifications/{certificationId}/revoke")
    String revoke(@PathVariable String certificationId, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String idempotencyKey, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Reply reply = apis.command("POST", ApiPaths.revocation(certificationId), signedIn.staff(),
                new Requests.RequiredReason(reason), idempotencyKey);
        return answer(reply, certificationId, "Revoked, with the reason recorded.", model, response, redirect);
    }

    @PostMapping("/staff/certifications/{certificationId}/standing")
    String standing(@PathVariable String certificationId, @RequestParam String memberId,
                    @RequestParam boolean goodStanding, @RequestParam(required = false) String reason,
                    @RequestParam(required = false) String idempotencyKey, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        Reply reply = apis.command("PUT", ApiPaths.standing(memberId), signedIn.staff(),
                new Requests.ChangeStanding(goodStanding, reason), idempotencyKey);
        return answer(reply, certificationId, goodStanding ? "Good standing restored: certifications still valid are"
                + " reinstated." : "Good standing withdrawn: the member's certifications are suspended.", model,
                response, redirect);
    }

    private String answer(Reply reply, String certificationId, String done, Model model, HttpServletResponse response,
                          RedirectAttributes redirect) {
        if (!reply.ok()) {
            certification(certificationId, null, model, response);
            return Pages.again(reply.problem(), "staff/certification", model, response);
        }
        return Pages.after(reply, "/staff/certifications/" + ApiPaths.segment(certificationId), done, redirect);
    }
}
