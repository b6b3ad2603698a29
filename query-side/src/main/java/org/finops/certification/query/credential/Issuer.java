package org.finops.certification.query.credential;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Who issues the credentials, and where they point. The issuer's id is the {@code did:web} of the public address
 * this service is reached at ({@code CERT_CREDENTIAL_PUBLIC_URL}), so its keys resolve from the same host at
 * {@code /.well-known/did.json} (did:web's rule), and every verification method is {@code <issuer id>#<kid>}:
 * the controller of each key is the issuer.
 */
@Component
public class Issuer {
    private static final JsonMapper JSON = CredentialJson.MAPPER;

    private final String publicUrl;
    private final String name;
    private final String website;
    private final String directoryUrl;
    private final String id;

    public Issuer(@Value("${cert.credentials.public-url}") String publicUrl,
                  @Value("${cert.credentials.issuer-name}") String name,
                  @Value("${cert.credentials.issuer-website}") String website,
                  @Value("${cert.credentials.directory-url}") String directoryUrl) {
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.name = name;
        this.website = website;
        this.directoryUrl = directoryUrl.replaceAll("/+$", "");
        this.id = didWeb(URI.create(this.publicUrl));
    }

    /** did:web's form of an address: the host (its port's colon percent-encoded), then each path segment. */
    static String didWeb(URI address) {
        String host = address.getHost() + (address.getPort() == -1 ? "" : ":" + address.getPort());
        StringBuilder did = new StringBuilder("did:web:").append(URLEncoder.encode(host, StandardCharsets.UTF_8));
        String path = address.getPath() == null ? "" : address.getPath();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                did.append(':').append(URLEncoder.encode(segment, StandardCharsets.UTF_8));
            }
        }
        return did.toString();
    }

    public String id() {
        return id;
    }

    public String verificationMethod(String kid) {
        return id + "#" + kid;
    }

    /** The address a path of this service is published at. */
    public String url(String path) {
        return publicUrl + path;
    }

    /** The public page of a certified organisation: the subject's id in its credentials. */
    public String organisationUrl(String memberId) {
        return directoryUrl + "/" + URLEncoder.encode(memberId, StandardCharsets.UTF_8);
    }

    /** The issuer as Open Badges 3.0 describes one: a {@code Profile}. */
    public ObjectNode profile() {
        ObjectNode profile = JSON.createObjectNode();
        profile.put("id", id);
        profile.putArray("type").add("Profile");
        profile.put("name", name);
        profile.put("url", website);
        return profile;
    }
}
