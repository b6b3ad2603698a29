package org.finops.certification.command.web;

import io.swagger.v3.oas.annotations.Operation;
import org.finops.certification.command.transparency.TransparencyLog;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.finops.certification.command.transparency.StoreCheck;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.support.security.Access;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** The transparency log, public (no token): what an outside auditor needs to check the trail (docs/transparency.md). */
@RestController
@RequestMapping(ApiPaths.TRANSPARENCY)
class TransparencyController {
    private static final MediaType TEXT = MediaType.parseMediaType("text/plain; charset=utf-8");

    private final TransparencyLog log;
    private final StoreCheck storeCheck;
    private final Access access;

    TransparencyController(TransparencyLog log, StoreCheck storeCheck, Access access) {
        this.log = log;
        this.storeCheck = storeCheck;
        this.access = access;
    }

    @Operation(summary = "The latest checkpoint: a C2SP tlog-checkpoint in a signed note (Ed25519)")
    @GetMapping("/checkpoint")
    ResponseEntity<String> checkpoint() {
        return log.checkpoint().map(note -> ResponseEntity.ok().contentType(TEXT).body(note))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @Operation(summary = "The key that verifies the checkpoints, as a signed-note verifier key")
    @GetMapping("/key")
    ResponseEntity<String> key() {
        return ResponseEntity.ok().contentType(TEXT).body(log.verifierKey() + "\n");
    }

    @Operation(summary = "A leaf's bytes exactly as hashed: the event's canonical (RFC 8785) summary")
    @GetMapping("/leaves/{index}")
    ResponseEntity<byte[]> leaf(@PathVariable long index) {
        return log.leaf(index).map(leaf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(leaf))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @Operation(summary = "The leaf's index of a stored event")
    @GetMapping("/events/{eventId}")
    ResponseEntity<Map<String, Long>> event(@PathVariable String eventId) {
        return log.indexOf(eventId).map(index -> ResponseEntity.ok(Map.of("index", index)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @Operation(summary = "RFC 9162 inclusion proof of leaf index in the tree of size leaves (nearest the leaf first)")
    @GetMapping("/proofs/inclusion")
    InclusionProof inclusion(@RequestParam long index, @RequestParam long size) {
        return new InclusionProof(index, size, log.inclusion(index, size));
    }

    @Operation(summary = "RFC 9162 consistency proof between the trees of from and to leaves (the old root left out)")
    @GetMapping("/proofs/consistency")
    ConsistencyProof consistency(@RequestParam long from, @RequestParam long to) {
        return new ConsistencyProof(from, to, log.consistency(from, to));
    }

    @Operation(summary = "Stored events that no longer match their leaf (edited or deleted after they were logged),"
            + " as the store check last found them: empty while the store is as the log proves")
    @GetMapping("/store-check")
    StoreCheckReport storeCheck() {
        return new StoreCheckReport(storeCheck.mismatches());
    }

    @Operation(summary = "Staff: checks every stored event against its leaf now (it reads the whole store) and answers"
            + " what does not match")
    @PostMapping("/store-check")
    StoreCheckReport checkStore() {
        access.staff();
        return new StoreCheckReport(storeCheck.checkAll());
    }

    record StoreCheckReport(List<StoreCheck.Mismatch> mismatches) {
    }

    record InclusionProof(long index, long size, List<String> hashes) {
    }

    record ConsistencyProof(long from, long to, List<String> hashes) {
    }
}
