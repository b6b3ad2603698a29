package org.finops.certification.console.member;

import org.finops.certification.console.api.Apis;
import org.finops.certification.console.signin.SignedIn;
import org.finops.certification.contract.ApiPaths;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;


/**
 * A member downloads its certification's verifiable credential, to show it anywhere: the JSON credential with its
 * Data Integrity proof, or the VC-JWT. The query side issues it; the console only hands it over as a file.
 */
@Controller
class CredentialDownloads {
    private final Apis apis;
    private final SignedIn signedIn;

    CredentialDownloads(Apis apis, SignedIn signedIn) {
        this.apis = apis;
        this.signedIn = signedIn;
    }

    @GetMapping("/member/certifications/{certificationId}/credential")
    ResponseEntity<String> credential(@PathVariable String certificationId,
                                      @RequestParam(defaultValue = "json") String format) {
        boolean jwt = "jwt".equals(format);
        Apis.Download download = apis.download(ApiPaths.credentialOf(certificationId),
                signedIn.member(), jwt ? "application/vc+jwt" : "application/json");
        if (download.status() != 200) {
            return ResponseEntity.status(download.status()).contentType(MediaType.TEXT_PLAIN)
                    .body("The credential could not be issued (" + download.status() + ").");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(jwt ? "application/vc+jwt" : "application/json"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(certificationId + (jwt ? ".jwt" : ".json")).build().toString())
                .body(download.body());
    }
}
