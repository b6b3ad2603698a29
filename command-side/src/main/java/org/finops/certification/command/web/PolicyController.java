package org.finops.certification.command.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.finops.certification.command.policy.PolicyDocument;
import org.finops.certification.command.policy.PublishPolicy;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.contract.Replies;
import org.finops.certification.support.security.Access;
import org.finops.certification.support.web.InvalidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.regex.Pattern;

@RestController
@RequestMapping(ApiPaths.POLICIES)
class PolicyController {
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final CommandCalls calls;
    private final Access access;

    PolicyController(CommandCalls calls, Access access) {
        this.calls = calls;
        this.access = access;
    }

    @Operation(summary = "Publish a policy version: requirement tables, capability values, minimum totals, durations")
    @Answered(value = "the policy version is published", body = Replies.PolicyPublished.class)
    @PutMapping("/{version}")
    ResponseEntity<byte[]> publish(@PathVariable String version, @RequestBody PolicyDocument document,
                                   HttpServletRequest request) {
        var staff = access.staff();
        if (!VERSION.matcher(version).matches()) {
            throw new InvalidRequest("version", "must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        Map<String, String> problems = document.problems();
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return calls.execute(request, new PublishPolicy(version, document.toPublished(version)), staff, null,
                done -> calls.ok(done.position(), new Replies.PolicyPublished(version, document.effectiveFrom())));
    }
}
