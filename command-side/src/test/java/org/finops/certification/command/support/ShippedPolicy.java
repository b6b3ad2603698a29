package org.finops.certification.command.support;

import org.finops.certification.command.policy.Policy;
import org.finops.certification.command.policy.PolicyCatalog;
import org.finops.certification.command.policy.PolicyDocument;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/** The policy the service ships ({@code 2025-1}), as an in-memory catalog for aggregate tests. */
public final class ShippedPolicy implements PolicyCatalog {
    public static final String VERSION = "2025-1";

    private final Policy policy;

    public ShippedPolicy() {
        this.policy = new Policy(document().toPublished(VERSION));
    }

    public static PolicyDocument document() {
        try (InputStream in = ShippedPolicy.class.getResourceAsStream("/policies/" + VERSION + ".json")) {
            return JsonMapper.builder().findAndAddModules().build().readValue(in, PolicyDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Policy policy() {
        return policy;
    }

    @Override
    public Policy inForceAt(Instant instant) {
        return policy;
    }

    @Override
    public Optional<Policy> version(String version) {
        return VERSION.equals(version) ? Optional.of(policy) : Optional.empty();
    }
}
