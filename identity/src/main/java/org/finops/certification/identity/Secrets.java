package org.finops.certification.identity;

/** Passwords and client secrets in the accounts file: Spring Security's {@code {id}encoded} form, or plain text. */
final class Secrets {
    private Secrets() {
    }

    static String stored(String secret) {
        return secret.startsWith("{") ? secret : "{noop}" + secret;
    }
}
