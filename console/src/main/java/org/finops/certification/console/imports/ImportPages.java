package org.finops.certification.console.imports;

import jakarta.servlet.http.HttpServletResponse;
import org.finops.certification.console.api.Apis;
import org.finops.certification.console.api.Reply;
import org.finops.certification.console.signin.ConsoleUser;
import org.finops.certification.console.signin.SignedIn;
import org.finops.certification.console.web.Pages;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.contract.CsvRecords;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A member's people's certifications from a spreadsheet: the file is checked first (a dry run on the command side),
 * its report shown as a table, then its valid rows recorded on request, with the progress until done. A member
 * imports for itself, staff for any member; the command side decides who may, the pages only ask.
 */
@Controller
class ImportPages {
    /** Rows shown on the page, those that need attention first; the downloaded report has all of them. */
    static final int ROWS_SHOWN = 500;

    private final Apis apis;
    private final SignedIn signedIn;

    ImportPages(Apis apis, SignedIn signedIn) {
        this.apis = apis;
        this.signedIn = signedIn;
    }

    @GetMapping("/imports/upload")
    String form(@RequestParam(required = false) String memberId, Model model) {
        ConsoleUser user = importer();
        String member = memberFor(user, memberId);
        model.addAttribute("memberId", member);
        if (member != null && !member.isBlank()) {
            Reply latest = apis.commandState(ApiPaths.credentialImports(member.strip()), user);
            model.addAttribute("latest", latest.ok() ? latest.path("items") : null);
        }
        return "imports/upload";
    }

    @PostMapping("/imports/upload")
    String upload(@RequestParam(required = false) String memberId, @RequestParam("file") MultipartFile file,
                  Model model, HttpServletResponse response) throws IOException {
        ConsoleUser user = importer();
        String member = memberFor(user, memberId);
        model.addAttribute("memberId", member);
        if (member == null || member.isBlank()) {
            model.addAttribute("missingMember", true);
            response.setStatus(400);
            return "imports/upload";
        }
        Reply checked = apis.upload(ApiPaths.credentialImports(member.strip()) + "?dryRun=true", user,
                file.getBytes());
        if (!checked.ok()) {
            return Pages.again(checked.problem(), "imports/upload", model, response);
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/imports/{id}")
                .buildAndExpand(checked.path("importId").asString()).encode().toUriString();
    }

    @GetMapping("/imports/{importId}")
    String report(@PathVariable String importId, Model model, HttpServletResponse response) {
        ConsoleUser user = importer();
        Reply state = apis.commandState(ApiPaths.credentialImport(importId), user);
        if (!state.ok()) {
            return Pages.again(state.problem(), "problem", model, response);
        }
        Apis.Download report = apis.commandDownload(ApiPaths.credentialImportReport(importId), user, "text/csv");
        List<ReportRow> rows = report.status() == 200 ? rows(report.body()) : List.of();
        model.addAttribute("importState", state.json());
        model.addAttribute("rows", rows.stream().limit(ROWS_SHOWN).toList());
        model.addAttribute("more", Math.max(0, rows.size() - ROWS_SHOWN));
        model.addAttribute("percent", Math.round(state.path("progress").asDouble() * 100));
        return "imports/report";
    }

    @PostMapping("/imports/{importId}/run")
    String run(@PathVariable String importId, @RequestParam(required = false) String idempotencyKey, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        Reply started = apis.command("POST", ApiPaths.credentialImportRun(importId), importer(), Map.of(),
                idempotencyKey);
        // a second click finds it running already: the page shows how far it is
        if (!started.ok() && started.status() != 409) {
            return Pages.again(started.problem(), "problem", model, response);
        }
        redirect.addFlashAttribute("done", "Recording the valid rows.");
        return "redirect:" + UriComponentsBuilder.fromPath("/imports/{id}").buildAndExpand(importId).encode()
                .toUriString();
    }

    @GetMapping("/imports/{importId}/report.csv")
    ResponseEntity<String> download(@PathVariable String importId) {
        Apis.Download report = apis.commandDownload(ApiPaths.credentialImportReport(importId), importer(), "text/csv");
        if (report.status() != 200) {
            return ResponseEntity.status(report.status()).contentType(MediaType.TEXT_PLAIN)
                    .body("The report could not be read (" + report.status() + ").");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("import-" + importId + "-report.csv").build().toString())
                .body(report.body());
    }

    /** A row of the report as the page shows it. */
    public record ReportRow(int row, String credentialId, String outcome, String problems) {
        public boolean refused() {
            return "REFUSED".equals(outcome);
        }
    }

    private static List<ReportRow> rows(String csv) {
        return CsvRecords.parse(csv).stream().skip(1).filter(cells -> cells.size() == 4)
                .map(cells -> new ReportRow(Integer.parseInt(cells.get(0)), cells.get(1), cells.get(2), cells.get(3)))
                .sorted(Comparator.comparing((ReportRow r) -> !r.refused()).thenComparing(r -> r.problems().isEmpty())
                        .thenComparingInt(ReportRow::row))
                .toList();
    }

    private ConsoleUser importer() {
        ConsoleUser user = signedIn.user();
        if (user == null || !(user.isMember() || user.isStaff())) {
            throw new AccessDeniedException("imports are for a member organisation and for staff");
        }
        return user;
    }

    /** A member imports for its own organisation whatever the form says; staff name the member. */
    private static String memberFor(ConsoleUser user, String asked) {
        return user.isStaff() ? asked : user.org();
    }
}
