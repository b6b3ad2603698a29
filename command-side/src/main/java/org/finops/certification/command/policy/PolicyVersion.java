package org.finops.certification.command.policy;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.finops.certification.command.rules.InvalidState;
import org.finops.certification.events.PolicyPublished;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One version of the rules. A published version never changes: decisions name it and must stay explainable, so
 * publishing the same content again is a no-op and publishing different content under the same name is refused.
 */
@Aggregate(commandTargetResolver = "commandTargets")
public class PolicyVersion {
    @AggregateIdentifier
    private String policyVersion;
    private PolicyPublished content;

    protected PolicyVersion() {
        // for event sourcing
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(PublishPolicy command) {
        if (content == null) {
            apply(command.content());
        } else if (!content.equals(command.content())) {
            throw new InvalidState("policy " + command.policyVersion()
                    + " is already published with other content: publish a new version");
        }
    }

    @EventSourcingHandler
    void on(PolicyPublished event) {
        policyVersion = event.policyVersion();
        content = event;
    }
}
