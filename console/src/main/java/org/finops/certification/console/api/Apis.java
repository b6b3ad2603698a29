package org.finops.certification.console.api;

import org.finops.certification.console.signin.ConsoleUser;
import org.finops.certification.contract.ApiPaths;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The two public APIs, called as the signed-in person (their bearer token), like any other client. Commands carry
 * an Idempotency-Key, so a form sent twice (a double click, a browser retry) has one effect.
 */
@Component
public class Apis {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String commandUrl;
    private final String queryUrl;

    public Apis(@Value("${cert.command-url}") String commandUrl, @Value("${cert.query-url}") String queryUrl) {
        this.commandUrl = commandUrl.replaceAll("/+$", "");
        this.queryUrl = queryUrl.replaceAll("/+$", "");
    }

    /** A query; with {@code after} it waits (bounded, on the query side) until the read models reached it. */
    public Reply query(String path, ConsoleUser user, Long after) {
        String target = after == null ? path : path + (path.contains("?") ? "&" : "?") + "minPosition=" + after;
        return call(HttpRequest.newBuilder(URI.create(queryUrl + target)).GET(), user);
    }

    public Reply query(String path, ConsoleUser user) {
        return query(path, user, null);
    }

    /** A command with a JSON body; {@code key} is the form's Idempotency-Key. */
    public Reply command(String method, String path, ConsoleUser user, Object body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(commandUrl + path))
                .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key == null || key.isBlank() ? UUID.randomUUID().toString() : key);
        return call(request, user);
    }

    /** A file for the command side ({@code text/csv}: a bulk import), as the signed-in person. */
    public Reply upload(String path, ConsoleUser user, byte[] file) {
        return call(HttpRequest.newBuilder(URI.create(commandUrl + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).header("Content-Type", "text/csv"), user);
    }

    /** What the command side itself keeps and answers (a bulk import's state), read as the signed-in person. */
    public Reply commandState(String path, ConsoleUser user) {
        return call(HttpRequest.newBuilder(URI.create(commandUrl + path)).GET(), user);
    }

    /** A file the command side writes (an import's report), as it is. */
    public Download commandDownload(String path, ConsoleUser user, String accept) {
        return download(URI.create(commandUrl + path), user, accept + ", application/problem+json");
    }

    /** A credential presented for verification, to the query side: a secured JSON credential, or a VC-JWT. */
    public Reply verify(String presented) {
        String body = presented.strip();
        return call(HttpRequest.newBuilder(URI.create(queryUrl + ApiPaths.VERIFICATIONS))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", body.startsWith("{") ? "application/json" : "application/vc+jwt"), null);
    }

    /** A query answered as it is, in the form {@code accept} names (a credential to download), not read as JSON. */
    public Download download(String path, ConsoleUser user, String accept) {
        return download(URI.create(queryUrl + path), user, accept + ", application/problem+json");
    }

    /** The transparency log's public answer at {@code path} (command side, no token), as it is. */
    public Download log(String path) {
        return download(URI.create(commandUrl + path), null, "*/*");
    }

    private Download download(URI target, ConsoleUser user, String accept) {
        return send(HttpRequest.newBuilder(target), user, accept)
                .map(response -> new Download(response.statusCode(), response.body()))
                .orElse(new Download(503, ""));
    }

    public record Download(int status, String body) {
    }

    private Reply call(HttpRequest.Builder request, ConsoleUser user) {
        return send(request, user, "application/json, application/problem+json").map(response -> {
            JsonNode body = response.body() == null || response.body().isBlank() ? null : parse(response.body());
            Long position = response.headers().firstValue("X-Event-Position").map(Long::valueOf).orElse(null);
            boolean behind = response.headers().firstValue("X-Projection-Caught-Up").map("false"::equals)
                    .orElse(false);
            return new Reply(response.statusCode(), body, position, behind);
        }).orElse(new Reply(503, null, null, false));
    }

    /** The answer, as the signed-in person (when there is one); empty when the API could not be reached. */
    private Optional<HttpResponse<String>> send(HttpRequest.Builder request, ConsoleUser user, String accept) {
        request.timeout(TIMEOUT).header("Accept", accept);
        if (user != null) {
            request.header("Authorization", "Bearer " + user.token());
        }
        try {
            return Optional.of(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
