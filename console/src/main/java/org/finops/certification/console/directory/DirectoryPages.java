package org.finops.certification.console.directory;

import jakarta.servlet.http.HttpServletResponse;
import org.finops.certification.console.api.Apis;
import org.finops.certification.console.api.Reply;
import org.finops.certification.console.web.Pages;
import org.finops.certification.events.CertificationType;
import org.finops.certification.contract.ApiPaths;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Optional;

/** The public, neutral directory: alphabetical, name, type and validity; no score, no rank. No sign-in needed. */
@Controller
class DirectoryPages {
    private static final int PAGE_SIZE = 50;
    private final Apis apis;

    DirectoryPages(Apis apis) {
        this.apis = apis;
    }

    /**
     * A page of the directory at a time, from the API's cursor ({@code from}: where the page before ended), so the
     * page costs the same however many organisations are certified.
     */
    @GetMapping("/directory")
    String directory(@RequestParam(required = false) String type, @RequestParam(required = false) String q,
                     @RequestParam(required = false) String from, @RequestParam(required = false) Long after,
                     Model model, HttpServletResponse response) {
        String filter = CertificationType.offered(type).map(Enum::name).orElse(null);
        String search = q == null || q.isBlank() ? null : q.strip();
        Reply reply = Pages.waited(apis.query(ApiPaths.query(ApiPaths.DIRECTORY).param("type", filter)
                .param("q", search).param("size", PAGE_SIZE).after(from).toString(), null, after), model);
        if (!reply.ok()) {
            return Pages.unavailable(reply, model, response);
        }
        model.addAttribute("type", filter);
        model.addAttribute("q", search);
        model.addAttribute("listings", reply.path("members"));
        if (reply.path("next").isString()) {
            model.addAttribute("nextPage", UriComponentsBuilder.fromPath("/directory")
                    .queryParamIfPresent("type", Optional.ofNullable(filter))
                    .queryParamIfPresent("q", Optional.ofNullable(search))
                    .queryParam("from", reply.path("next").asString()).encode().build().toUriString());
        }
        return "directory/list";
    }

    @GetMapping("/directory/{memberId}")
    String organisation(@PathVariable String memberId, Model model, HttpServletResponse response) {
        Reply reply = apis.query(ApiPaths.directoryEntry(memberId),
                null);
        if (!reply.ok()) {
            return Pages.unavailable(reply, model, response);
        }
        model.addAttribute("organisation", reply.json());
        return "directory/organisation";
    }
}
