package org.finops.certification.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

/**
 * One file of a pinned package from the npm registry, for a test that needs an outside tool in the browser (axe-core)
 * without Node: the tarball is fetched once into {@code target/}, checked against the registry's published
 * integrity (sha512), and the file read out of it.
 */
final class NpmPackage {
    private static final Path CACHE = Path.of("target", "npm-cache");

    private NpmPackage() {
    }

    static String file(String name, String version, String integrity, String path) throws Exception {
        Path tarball = CACHE.resolve(name + "-" + version + ".tgz");
        if (!Files.isRegularFile(tarball)) {
            Files.createDirectories(CACHE);
            HttpResponse<byte[]> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                    .send(HttpRequest.newBuilder(URI.create("https://registry.npmjs.org/" + name + "/-/" + name + "-"
                            + version + ".tgz")).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the npm registry answered " + response.statusCode() + " for " + name);
            }
            Files.write(tarball, response.body());
        }
        byte[] bytes = Files.readAllBytes(tarball);
        String actual = "sha512-" + Base64.getEncoder().encodeToString(sha512(bytes));
        if (!actual.equals(integrity)) {
            Files.delete(tarball);
            throw new IllegalStateException(name + "@" + version + " does not match its published integrity");
        }
        return new String(entry(bytes, "package/" + path), StandardCharsets.UTF_8);
    }

    /** A ustar archive: 512-byte headers (name at 0, octal size at 124), each file padded to 512 bytes. */
    private static byte[] entry(byte[] tgz, String wanted) throws IOException {
        try (InputStream tar = new GZIPInputStream(new java.io.ByteArrayInputStream(tgz))) {
            byte[] header = new byte[512];
            while (tar.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = new String(header, 0, 100, StandardCharsets.US_ASCII).replace("\0", "").strip();
                String prefix = new String(header, 345, 155, StandardCharsets.US_ASCII).replace("\0", "").strip();
                String full = prefix.isEmpty() ? name : prefix + "/" + name;
                long size = Long.parseLong(new String(header, 124, 12, StandardCharsets.US_ASCII)
                        .replace("\0", "").strip(), 8);
                byte[] content = tar.readNBytes((int) size);
                tar.skipNBytes((512 - size % 512) % 512);
                if (full.equals(wanted)) {
                    return content;
                }
            }
        }
        throw new IllegalStateException(wanted + " is not in the package");
    }

    private static byte[] sha512(byte[] bytes) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-512").digest(bytes);
    }

}
