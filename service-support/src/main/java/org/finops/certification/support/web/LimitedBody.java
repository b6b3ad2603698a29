package org.finops.certification.support.web;

import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads a request body up to a limit, so an oversized body is refused before anything parses it. */
final class LimitedBody {
    private LimitedBody() {
    }

    /** @return the body, or empty when it is larger than {@code maxBytes} */
    static Optional<byte[]> read(HttpServletRequest request, int maxBytes) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            return Optional.empty();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            return body.length > maxBytes ? Optional.empty() : Optional.of(body);
        }
    }
}
