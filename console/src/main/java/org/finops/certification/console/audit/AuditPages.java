package org.finops.certification.console.audit;

import jakarta.servlet.http.HttpServletResponse;
import org.finops.certification.console.api.Apis;
import org.finops.certification.console.api.Problem;
import org.finops.certification.console.api.Reply;
import org.finops.certification.console.signin.ConsoleUser;
import org.finops.certification.console.signin.SignedIn;
import org.finops.certification.console.web.Pages;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.contract.CsvCells;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * For auditors (and staff): the trail with filters, each decision with actor, time, reason and policy version; the
 * filtered trail as CSV; and a certification as it stood at any instant.
 */
@Controller
class AuditPages {
    private static final int PAGE = 50;
    private static final int EXPORT_PAGE = 200;
    private static final String[] COLUMNS = {"occurredAt", "eventType", "actor", "reason", "policyVersion",
            "memberId", "certificationId", "applicationId", "position", "eventId", "correlationId", "leafIndex"};

    private final Apis apis;
    private final SignedIn signedIn;
    private final EntryProofs log;

    AuditPages(Apis apis, SignedIn signedIn, EntryProofs log) {
        this.apis = apis;
        this.signedIn = signedIn;
        this.log = log;
    }

    @GetMapping("/audit")
    String trail(@ModelAttribute("filter") TrailFilter filter, @RequestParam(defaultValue = "0") int page,
                 Model model, HttpServletResponse response) {
        ConsoleUser user = signedIn.reader();
        model.addAttribute("columns", COLUMNS);
        if (filter.problem() != null) {
            model.addAttribute("entries", null);
            return Pages.again(new Problem(400, "INVALID_INPUT", filter.problem(), Map.of()), "audit/trail", model,
                    response);
        }
        Reply reply = apis.query(filter.query(Math.max(page, 0), PAGE), user);
        if (!reply.ok()) {
            return Pages.again(reply.problem(), "audit/trail", model, response);
        }
        model.addAttribute("entries", reply.path("items"));
        model.addAttribute("total", reply.path("total").asLong());
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pages", (reply.path("total").asLong() + PAGE - 1) / PAGE);
        return "audit/trail";
    }

    /**
     * Every entry the filters match, page after page from the API's cursor (so a long trail costs no more per page),
     * one CSV line each (RFC 4180 quoting), each with its leaf in the transparency log; then a last record, {@code
     * checkpoint} and the log's signed checkpoint as it was when the export ended (one quoted field, byte for byte).
     */
    @GetMapping(value = "/audit/export.csv")
    void export(@ModelAttribute TrailFilter filter, HttpServletResponse response) throws IOException {
        ConsoleUser user = signedIn.reader();
        if (filter.problem() != null) {
            response.sendError(400, filter.problem());
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-trail.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter out = response.getWriter();
        out.print(String.join(",", COLUMNS) + "\r\n");
        String cursor = "";
        while (cursor != null) {
            Reply reply = apis.query(filter.after(cursor, EXPORT_PAGE), user);
            if (!reply.ok()) {
                throw new IllegalStateException("the audit trail could not be read: " + reply.status());
            }
            for (JsonNode entry : reply.path("items")) {
                StringBuilder line = new StringBuilder();
                for (String column : COLUMNS) {
                    line.append(line.isEmpty() ? "" : ",").append(CsvCells.of(entry.path(column).asString("")));
                }
                out.print(line.append("\r\n"));
            }
            cursor = reply.path("next").isString() ? reply.path("next").asString() : null;
        }
        // the log's signed checkpoint when the export was cut: every leaf index below its size is proven by it
        log.checkpoint().ifPresent(note -> out.print("checkpoint," + CsvCells.of(note) + "\r\n"));
        out.flush();
    }

    @GetMapping("/audit/as-of")
    String asOf(@RequestParam(required = false) String certificationId, @RequestParam(required = false) String at,
                Model model, HttpServletResponse response) {
        ConsoleUser user = signedIn.reader();
        model.addAttribute("certificationId", certificationId);
        model.addAttribute("at", at == null ? Instant.now().toString() : at);
        if (certificationId == null || certificationId.isBlank()) {
            return "audit/as-of";
        }
        try {
            Instant.parse(model.getAttribute("at").toString());
        } catch (DateTimeParseException e) {
            return Pages.again(new Problem(400, "INVALID_INPUT", "Write the instant as 2026-03-01T12:00:00Z.",
                    Map.of("at", "not an instant")), "audit/as-of", model, response);
        }
        Reply state = apis.query(ApiPaths.query(ApiPaths.asOf(certificationId.strip()))
                .param("at", model.getAttribute("at")).toString(), user);
        if (!state.ok()) {
            return Pages.again(state.problem(), "audit/as-of", model, response);
        }
        model.addAttribute("state", state.json());
        return "audit/as-of";
    }
}
