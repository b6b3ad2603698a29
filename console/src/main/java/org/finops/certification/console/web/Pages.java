package org.finops.certification.console.web;

import org.finops.certification.console.api.Problem;
import org.finops.certification.console.api.Reply;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one way every page answers a command: on success, to the next page with the position the command wrote
 * ({@code after}), so that page waits for its own effect; on a problem, the same form again with the message at the
 * top and each field's next to it.
 */
public final class Pages {
    private Pages() {
    }

    /** A redirect after a successful command, carrying its position and a line saying what happened. */
    public static String after(Reply reply, String next, String done, RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", done);
        UriComponentsBuilder target = UriComponentsBuilder.fromUriString(next);
        if (reply.position() != null) {
            target.queryParam("after", reply.position());
        }
        return "redirect:" + target.build().toUriString();
    }

    /**
     * Notes on the page whether it shows the caller's last change: when the read models did not reach it within the
     * query side's wait, the page says so and reloads itself (htmx) until they have.
     */
    public static Reply waited(Reply reply, Model model) {
        model.addAttribute("behind", reply.behind());
        model.addAttribute("reload", ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString());
        return reply;
    }

    /** The form again, answered with the problem's status (a 4xx page, not a 200 with an error on it). */
    public static String again(Problem problem, String view, Model model,
                               jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("problem", problem);
        response.setStatus(problem.status() >= 500 ? 503 : problem.status());
        return view;
    }

    /**
     * A page whose query failed: the problem in words in place of the content. Not found while the read models have
     * not reached the caller's own change (a page opened right after the command that made what it shows) is no
     * problem: the page says the change is on its way and reloads itself until it shows.
     */
    public static String unavailable(Reply reply, Model model, jakarta.servlet.http.HttpServletResponse response) {
        if (reply.status() == 404 && reply.behind()) {
            model.addAttribute("behind", true);
            return "problem";
        }
        return again(reply.problem(), "problem", model, response);
    }
}
