package org.finops.certification.query.webhook;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a webhook may point: an {@code https} URL whose host resolves only to public addresses, never loopback,
 * private, link-local (the cloud metadata service lives there), unique-local, multicast or unspecified ones. Checked
 * when a subscription is made or changed and again before every delivery, since a name may resolve elsewhere later.
 * {@code CERT_WEBHOOKS_ALLOW_PRIVATE=true} (the local stack, the tests) allows private addresses and plain http.
 */
@Component
public class TargetSafety {
    private final boolean allowPrivate;

    public TargetSafety(@Value("${cert.webhooks.allow-private:false}") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** What is wrong with the URL as a webhook target, in words; empty when it may be called. */
    public Optional<String> problemWith(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            return Optional.of("must be an absolute URL such as https://example.com/webhooks");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("must be an absolute https URL such as https://example.com/webhooks");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("must not carry a user name or password");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        if (!scheme.equals("https")) {
            return Optional.of("must use https");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (!isPublic(address)) {
                    return Optional.of("must not point at a loopback, private, link-local or metadata address ("
                            + address.getHostAddress() + ")");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("its host " + uri.getHost() + " does not resolve");
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
            boolean mappedV4 = isMappedV4(bytes);
            return !uniqueLocal && !(mappedV4 && !isPublicV4(bytes[12], bytes[13]));
        }
        return isPublicV4(bytes[0], bytes[1]);
    }

    /** Carrier-grade NAT (100.64/10) and 0/8 are not the public internet either. */
    private static boolean isPublicV4(byte first, byte second) {
        int a = first & 0xff;
        int b = second & 0xff;
        return a != 0 && a != 10 && a != 127 && !(a == 100 && b >= 64 && b < 128) && !(a == 169 && b == 254)
                && !(a == 172 && b >= 16 && b < 32) && !(a == 192 && b == 168);
    }

    private static boolean isMappedV4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }
}
