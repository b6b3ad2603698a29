package org.finops.certification.command.policy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.finops.certification.events.PolicyPublished;

/** Publish a policy version; its content is the event it becomes. */
public record PublishPolicy(@TargetAggregateIdentifier String policyVersion, PolicyPublished content) {
}
