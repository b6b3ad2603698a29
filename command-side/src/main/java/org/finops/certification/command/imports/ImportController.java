package org.finops.certification.command.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Validator;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.contract.CsvCells;
import org.finops.certification.contract.Replies;
import org.finops.certification.support.crypto.Sha256;
import org.finops.certification.support.security.Access;
import org.finops.certification.support.security.Caller;
import org.finops.certification.support.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Bulk imports of a member's individual certifications: a CSV file checked whole, every row's problems at once, then
 * run row by row in the background ({@link ImportRunner}); its state and its report per row.
 */
@RestController
class ImportController {
    static final String TEXT_CSV = "text/csv";
    private static final int LATEST = 20;

    private final CredentialImports imports;
    private final ImportRunner runner;
    private final Access access;
    private final Validator validator;
    private final Problems problems;

    ImportController(CredentialImports imports, ImportRunner runner, Access access, Validator validator,
                     Problems problems) {
        this.imports = imports;
        this.runner = runner;
        this.access = access;
        this.validator = validator;
        this.problems = problems;
    }

    @Operation(summary = "Import individual certifications from a CSV file (header personId,type,credentialId,"
            + "issuedOn,expiresOn; UTF-8; at most 5,000 rows and 1 MB); dryRun=true checks the rows and records "
            + "nothing")
    @ApiResponse(responseCode = "202", description = "the file is read and its rows checked; the import runs (or, "
            + "in a dry run, waits to be run); its state is at Location")
    @ApiResponse(responseCode = "400", description = "INVALID_INPUT: the file cannot be imported as a whole (not "
            + "UTF-8, header, no rows or too many): every such problem at once")
    @PostMapping(value = ApiPaths.MEMBERS + "/{memberId}/individual-certifications/imports", consumes = TEXT_CSV)
    ResponseEntity<?> upload(@PathVariable String memberId, @RequestParam(defaultValue = "false") boolean dryRun,
                             @RequestBody byte[] file) {
        Caller caller = access.staffOrMember(memberId);
        if (!imports.memberExists(memberId)) {
            return problems.respond(problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND", "no such member"));
        }
        var rows = ImportFile.rowsOf(file, validator);
        String importId = imports.create(memberId, caller, dryRun ? ImportState.VALIDATED : ImportState.RUNNING,
                Sha256.hex(file), rows);
        if (!dryRun) {
            runner.wake();
        }
        return accepted(importId);
    }

    @Operation(summary = "The member's latest imports (at most 20), newest first, as the GET of one import")
    @GetMapping(ApiPaths.MEMBERS + "/{memberId}/individual-certifications/imports")
    Map<String, List<Replies.CredentialImport>> latest(@PathVariable String memberId) {
        access.readerOf(memberId);
        return Map.of("items", imports.latest(memberId, LATEST).stream().map(ImportController::reply).toList());
    }

    @Operation(summary = "Run a validated (dry-run) import: its valid rows are recorded as the caller's")
    @ApiResponse(responseCode = "202", description = "the import runs")
    @ApiResponse(responseCode = "409", description = "the import has run or is running")
    @PostMapping(ApiPaths.IMPORTS + "/{importId}/run")
    ResponseEntity<?> run(@PathVariable String importId) {
        return withImport(importId, found -> {
            Caller caller = access.staffOrMember(found.memberId());
            if (!imports.start(importId, caller)) {
                return problems.respond(problems.of(HttpStatus.CONFLICT, "CONFLICT",
                        "this import is " + found.state() + "; only a dry run's import waits to be run"));
            }
            runner.wake();
            return accepted(importId);
        });
    }

    @Operation(summary = "An import's state and its rows counted by outcome")
    @GetMapping(ApiPaths.IMPORTS + "/{importId}")
    ResponseEntity<?> status(@PathVariable String importId) {
        return withImport(importId, found -> {
            access.readerOf(found.memberId());
            return ResponseEntity.ok(reply(found));
        });
    }

    @Operation(summary = "An import's report: row (the file's line, the header is line 1), credentialId, outcome "
            + "(VALID or REFUSED before it runs; RECORDED, ALREADY_RECORDED or REFUSED after), problems")
    @GetMapping(value = ApiPaths.IMPORTS + "/{importId}/report.csv", produces = TEXT_CSV)
    ResponseEntity<?> report(@PathVariable String importId) {
        return withImport(importId, found -> {
            access.readerOf(found.memberId());
            StringBuilder csv = new StringBuilder("row,credentialId,outcome,problems\r\n");
            for (CredentialImports.ReportLine line : imports.report(importId)) {
                ImportOutcome shown = line.outcome().reportedIn(found.state());
                csv.append(line.row()).append(',').append(CsvCells.of(line.credentialId())).append(',')
                        .append(shown).append(',').append(CsvCells.of(line.problems())).append("\r\n");
            }
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(TEXT_CSV + ";charset=UTF-8"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + importId
                            + "-report.csv\"").body(csv.toString().getBytes(StandardCharsets.UTF_8));
        });
    }

    private ResponseEntity<?> withImport(String importId, Function<ImportSummary, ResponseEntity<?>> then) {
        return imports.find(importId).<ResponseEntity<?>>map(then).orElseGet(() -> problems.respond(
                problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND", "no such import")));
    }

    private ResponseEntity<?> accepted(String importId) {
        ImportSummary created = imports.find(importId).orElseThrow();
        return ResponseEntity.accepted().location(URI.create(ApiPaths.credentialImport(importId)))
                .body(reply(created));
    }

    private static Replies.CredentialImport reply(ImportSummary found) {
        return new Replies.CredentialImport(found.importId(), found.memberId(), found.state().name(), found.rows(),
                found.count(ImportOutcome.VALID), found.count(ImportOutcome.RECORDED),
                found.count(ImportOutcome.ALREADY_RECORDED), found.count(ImportOutcome.REFUSED), found.progress(),
                found.createdAt(), found.finishedAt());
    }
}
