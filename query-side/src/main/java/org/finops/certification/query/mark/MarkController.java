package org.finops.certification.query.mark;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.finops.certification.query.credential.OpenBadges;
import org.finops.certification.support.crypto.Sha256;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The live certification mark an organisation shows on its own site: what the certification is now, read at each
 * request (cached five minutes at most), so a revoked or expired certification stops claiming "certified" on every
 * site that shows it. Public, no token: it says no more than the public verification page.
 */
@RestController
class MarkController {
    static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");
    private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final OpenBadges certifications;
    private final Clock clock;

    MarkController(OpenBadges certifications, Clock clock) {
        this.certifications = certifications;
        this.clock = clock;
    }

    @Operation(summary = "A certification's live mark (SVG): its title, the organisation, its status in words and the"
            + " end of its validity; an unknown id is a 404 image that says so (no token needed)")
    @SecurityRequirements
    @GetMapping("/badges/{certificationId}.svg")
    ResponseEntity<String> mark(@PathVariable String certificationId, WebRequest request) {
        Optional<OpenBadges.Certified> certified = certifications.certified(certificationId);
        MarkState state = certified.map(found -> MarkState.of(found, clock.instant())).orElse(MarkState.UNKNOWN);
        String image = MarkImage.of(state, certified.map(found -> lines(found, state))
                .orElse(List.of("FinOps certification", certificationId, state.words())));
        String etag = "\"" + sha256(image) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.status(certified.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND).contentType(SVG)
                .cacheControl(FIVE_MINUTES).eTag(etag).body(image);
    }

    private static List<String> lines(OpenBadges.Certified certified, MarkState state) {
        String until = certified.validUntil().atZone(ZoneOffset.UTC).toLocalDate().toString();
        return List.of(certified.type().title(), certified.legalName(), state.valid()
                ? state.words() + ", valid until " + until : state.words() + (state == MarkState.EXPIRED
                ? " since " + until : ""));
    }

    private static String sha256(String image) {
        return HexFormat.of().formatHex(Sha256.of(image.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }
}
