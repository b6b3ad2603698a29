package org.finops.certification.query.credential;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

/**
 * The JSON-LD contexts a credential of this service may name, served from copies in the jar: canonicalising a
 * credential never reaches the internet, and a context that changed upstream cannot change what a signature
 * covers. Any other context is refused, so a presented credential cannot make the verifier fetch anything.
 */
public final class PinnedContexts implements DocumentLoader {
    public static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";
    public static final String OPEN_BADGES_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    /** Context URL → the copy's file name, under {@code credentials/contexts/} (also served there over HTTP). */
    public static final Map<String, String> FILES = Map.of(
            CREDENTIALS_V2, "credentials-v2.jsonld",
            OPEN_BADGES_V3, "ob-context-3.0.3.json");

    private final Map<String, byte[]> copies = Map.of(
            CREDENTIALS_V2, read(FILES.get(CREDENTIALS_V2)),
            OPEN_BADGES_V3, read(FILES.get(OPEN_BADGES_V3)));

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        byte[] copy = copies.get(url.toString());
        if (copy == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "context " + url + " is not one this issuer uses");
        }
        Document document = JsonDocument.of(new java.io.ByteArrayInputStream(copy));
        document.setDocumentUrl(url);
        return document;
    }

    /** The pinned copy of a context file by its name, or null. */
    public static byte[] file(String name) {
        return FILES.containsValue(name) ? read(name) : null;
    }

    private static byte[] read(String name) {
        try (InputStream in = PinnedContexts.class.getResourceAsStream("/credentials/contexts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("context copy missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
