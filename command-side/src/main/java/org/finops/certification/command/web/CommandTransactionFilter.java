package org.finops.certification.command.web;

import org.finops.certification.support.web.Problems;
import org.finops.certification.support.web.StoreOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Runs each command request in one database transaction: the events, the lookups and the Idempotency-Key record
 * commit together or not at all. The response is held back until the commit succeeded, so a client never sees a
 * success that was not stored. Registered after Spring Security (see {@code WebConfiguration}).
 */
public class CommandTransactionFilter extends OncePerRequestFilter {
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String EVENT_POSITION = "X-Event-Position";
    /** Set by a controller whose refusal answer (4xx) was itself recorded and must be committed. */
    public static final String KEEP_EFFECT = CommandTransactionFilter.class.getName() + ".keepEffect";

    private final TransactionTemplate transactions;
    private final IdempotencyRecords records;
    private final Problems problems;
    private final int maxBodyBytes;

    public CommandTransactionFilter(TransactionTemplate transactions, IdempotencyRecords records, Problems problems,
                                    int maxBodyBytes) {
        this.transactions = transactions;
        this.records = records;
        this.problems = problems;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/") || "GET".equals(request.getMethod())
                || "HEAD".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<byte[]> body = LimitedBody.read(request, maxBodyBytes);
        if (body.isEmpty()) {
            problems.write(response, problems.invalidInput(Map.of("body",
                    "is larger than the " + maxBodyBytes + " bytes a command may carry")));
            return;
        }
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key != null && (key.isBlank() || key.length() > 255)) {
            problems.write(response, problems.invalidInput(Map.of(IDEMPOTENCY_KEY, "must be 1 to 255 characters")));
            return;
        }
        CachedBodyRequest cachedRequest = new CachedBodyRequest(request, body.get());
        ContentCachingResponseWrapper cachedResponse = new ContentCachingResponseWrapper(response);
        String actor = actor();
        String hash = hash(request, body.get());
        try {
            Optional<StoredResponse> earlier = transactions.execute(tx -> {
                Optional<StoredResponse> stored = key == null ? Optional.empty() : records.claim(actor, key, hash);
                if (stored.isPresent()) {
                    return stored;
                }
                proceed(chain, cachedRequest, cachedResponse);
                if (isKept(cachedRequest, cachedResponse)) {
                    if (key != null) {
                        records.complete(actor, key, stored(hash, cachedResponse));
                    }
                } else {
                    tx.setRollbackOnly();
                }
                return Optional.empty();
            });
            if (earlier != null && earlier.isPresent()) {
                replay(earlier.get(), hash, response);
                return;
            }
        } catch (FilterFailure e) {
            e.rethrow();
        } catch (RuntimeException e) {
            cachedResponse.resetBuffer();
            if (StoreOutage.causedBy(e)) {
                // a commit cut off may still have landed: the Idempotency-Key retry answers which
                problems.write(response, problems.unavailable());
                return;
            }
            if (!ConcurrentCommit.isConcurrencyFailure(e)) {
                throw e;
            }
            problems.write(response, problems.of(HttpStatus.CONFLICT, "CONFLICT",
                    "a concurrent change won; read and retry"));
            return;
        }
        cachedResponse.copyBodyToResponse();
    }

    private static void proceed(FilterChain chain, HttpServletRequest request, HttpServletResponse response) {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException e) {
            throw new FilterFailure(e);
        }
    }

    private static boolean isKept(HttpServletRequest request, HttpServletResponse response) {
        return response.getStatus() < 400 || Boolean.TRUE.equals(request.getAttribute(KEEP_EFFECT));
    }

    private void replay(StoredResponse stored, String hash, HttpServletResponse response) throws IOException {
        if (!stored.requestHash().equals(hash)) {
            problems.write(response, problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED",
                    "this Idempotency-Key was used for a different request"));
            return;
        }
        response.setStatus(stored.status());
        response.setHeader("Idempotent-Replayed", "true");
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.eventPosition() != null) {
            response.setHeader(EVENT_POSITION, String.valueOf(stored.eventPosition()));
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.body() != null) {
            response.getOutputStream().write(stored.body());
        }
    }

    private static StoredResponse stored(String hash, ContentCachingResponseWrapper response) {
        String position = response.getHeader(EVENT_POSITION);
        return new StoredResponse(hash, response.getStatus(), response.getContentType(),
                position == null ? null : Long.valueOf(position), response.getHeader(HttpHeaders.LOCATION),
                response.getContentAsByteArray());
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Carries a checked failure of the filter chain out of the transaction callback. */
    private static final class FilterFailure extends RuntimeException {
        FilterFailure(Exception cause) {
            super(cause);
        }

        void rethrow() throws IOException, ServletException {
            if (getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) getCause();
        }
    }
}
