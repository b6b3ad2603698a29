package org.finops.certification.command.policy;

import java.time.Instant;
import java.util.Optional;

/** The published policy versions, as the aggregates consult them when they decide. */
public interface PolicyCatalog {
    /** The policy that applies to a decision taken at that instant: the latest one already in effect. */
    Policy inForceAt(Instant instant);

    Optional<Policy> version(String version);
}
