package org.finops.certification.console.member;

import org.finops.certification.console.web.Labels;
import org.finops.certification.contract.ApiPaths;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

/**
 * The live certification mark a member shows on its own site: the query side's image, linking to the certification's
 * public verification page here. The HTML to paste is made here, every value in it escaped.
 */
@Component
public class Marks {
    private final String queryPublicUrl;

    Marks(@Value("${cert.query-public-url}") String queryPublicUrl) {
        this.queryPublicUrl = queryPublicUrl.replaceAll("/+$", "");
    }

    /** A certification's mark: its image's address and the HTML a member pastes into its site. */
    public record Mark(String image, String html) {
    }

    /** The marks of a member's certifications (the page's {@code certifications} items), by certification id. */
    Map<String, Mark> of(JsonNode certifications, String memberId, String name, Labels labels) {
        Map<String, Mark> marks = new HashMap<>();
        certifications.forEach(certification -> {
            String id = certification.path("certificationId").asString();
            marks.put(id, new Mark(image(id), embed(id, memberId, labels.type(certification.path("type")
                    .asString()), name)));
        });
        return marks;
    }

    String image(String certificationId) {
        return queryPublicUrl + "/badges/" + ApiPaths.segment(certificationId) + ".svg";
    }

    /** An image linking to the verification page; {@code title} and {@code name} say what it shows, for the alt. */
    String embed(String certificationId, String memberId, String title, String name) {
        String verification = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                + "/directory/" + ApiPaths.segment(memberId) + "/certifications/" + ApiPaths.segment(certificationId);
        return "<a href=\"" + HtmlUtils.htmlEscape(verification) + "\"><img src=\""
                + HtmlUtils.htmlEscape(image(certificationId)) + "\" alt=\"" + HtmlUtils.htmlEscape(title + ": " + name)
                + "\" width=\"360\" height=\"96\"></a>";
    }
}
