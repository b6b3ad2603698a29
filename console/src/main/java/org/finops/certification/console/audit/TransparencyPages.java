package org.finops.certification.console.audit;

import jakarta.servlet.http.HttpServletResponse;
import org.finops.certification.console.api.Problem;
import org.finops.certification.console.signin.SignedIn;
import org.finops.certification.console.web.Pages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;
import java.util.Optional;

/**
 * For auditors: the transparency log's latest checkpoint and key, and for a trail entry whether its inclusion proof
 * holds against that checkpoint, with the proof to download (docs/transparency.md shows how to check it outside).
 */
@Controller
class TransparencyPages {
    private final EntryProofs proofs;
    private final SignedIn signedIn;

    TransparencyPages(EntryProofs proofs, SignedIn signedIn) {
        this.proofs = proofs;
        this.signedIn = signedIn;
    }

    @GetMapping("/audit/transparency")
    String log(Model model) {
        signedIn.reader();
        Optional<String> note = proofs.checkpoint();
        model.addAttribute("checkpoint", note.orElse(null));
        model.addAttribute("size", note.map(text -> text.split("\n")[1]).orElse(null));
        model.addAttribute("key", proofs.key().orElse(null));
        model.addAttribute("mismatches", proofs.mismatches());
        return "audit/transparency";
    }

    @GetMapping("/audit/proof")
    String proof(@RequestParam(defaultValue = "") String eventId, Model model, HttpServletResponse response) {
        signedIn.reader();
        model.addAttribute("eventId", eventId);
        Optional<EntryProofs.EntryProof> proof = proofs.of(eventId.strip());
        if (proof.isEmpty()) {
            return Pages.again(new Problem(404, "NOT_FOUND", "The log has no leaf of this event under its latest"
                            + " checkpoint yet: a checkpoint covers an event within seconds of its decision.",
                    Map.of("eventId", "no leaf under the latest checkpoint")), "audit/proof", model, response);
        }
        model.addAttribute("proof", proof.get());
        return "audit/proof";
    }

    @GetMapping("/audit/proof.json")
    ResponseEntity<EntryProofs.EntryProof> download(@RequestParam(defaultValue = "") String eventId) {
        signedIn.reader();
        return proofs.of(eventId.strip()).map(proof -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"inclusion-proof.json\"")
                        .body(proof))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
