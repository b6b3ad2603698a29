package org.finops.certification.command.policy;

import org.finops.certification.events.IndividualCertificationType;

import java.util.Collection;

/** How many current individual certifications of some types a member holds, as the policy counts them. */
@FunctionalInterface
public interface HeldCredentials {
    int countFor(Collection<IndividualCertificationType> types);
}
