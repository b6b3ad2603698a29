package org.finops.certification.query.views;

import org.finops.certification.events.CertificationRevoked;
import org.finops.certification.query.support.Lifecycle;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live mark: public SVG that parses as XML, with the organisation's name as text however it is spelt, cached
 * five minutes at most with an ETag, saying "Revoked" once the revocation reached the views, and a 404 image for
 * an id that is no certification.
 */
class CertificationMarkTest extends QueryApiTestBase {
    private static final String HOSTILE_NAME = "Ünïcode <&\"> Ltd</text><script>alert(1)</script>";

    @Test
    void theMarkShowsWhatTheCertificationIsNowAndEscapesTheName() throws Exception {
        String memberId = unique("mark");
        String certificationId = unique("cert");
        publish(Lifecycle.certified(memberId, HOSTILE_NAME, certificationId, unique("app"),
                Instant.now().truncatedTo(ChronoUnit.MILLIS)), "staff-ana");
        Api.Reply certified = Eventually.until(Duration.ofSeconds(30), () -> mark(certificationId, Map.of()),
                reply -> reply.status() == 200);

        assertThat(certified.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(certified.header("Cache-Control")).contains("max-age=300");
        Document svg = parsed(certified.body());
        String text = svg.getDocumentElement().getTextContent();
        assertThat(text).contains("FinOps Certified Platform", HOSTILE_NAME, "Certified, valid until ");
        assertThat(certified.body()).as("the name is text, never markup").doesNotContain("<script>", "<&\">");
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
        String etag = certified.header("ETag");
        assertThat(mark(certificationId, Map.of("If-None-Match", etag)).status()).isEqualTo(304);

        stream.publish(new CertificationRevoked(memberId, certificationId, "misrepresented its offering"),
                "staff-ana");
        Api.Reply revoked = Eventually.until(Duration.ofSeconds(30), () -> mark(certificationId, Map.of()),
                reply -> reply.body().contains("Revoked"));
        assertThat(parsed(revoked.body()).getDocumentElement().getTextContent()).contains("Revoked")
                .doesNotContain("Certified,");
        assertThat(revoked.header("ETag")).as("a new image, a new tag").isNotEqualTo(etag);
    }

    @Test
    void anUnknownCertificationIsA404ImageThatSaysSo() throws Exception {
        Api.Reply unknown = mark("no-such-certification", Map.of());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(parsed(unknown.body()).getDocumentElement().getTextContent()).contains("No such certification");
    }

    private Api.Reply mark(String certificationId, Map<String, String> headers) {
        return api.send("GET", "/badges/" + certificationId + ".svg", null, null, headers);
    }

    private static Document parsed(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultNSInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
