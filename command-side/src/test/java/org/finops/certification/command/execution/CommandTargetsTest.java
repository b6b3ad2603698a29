package org.finops.certification.command.execution;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.finops.certification.command.member.certification.RevokeCertification;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cached resolution names the same aggregate as Axon's own, for records and for anything else. */
class CommandTargetsTest {
    private final CommandTargets targets = new CommandTargets();
    private final AnnotationCommandTargetResolver axon = AnnotationCommandTargetResolver.builder().build();

    record Rename(String newName, @TargetAggregateIdentifier String memberId) {
    }

    static final class Legacy {
        @TargetAggregateIdentifier
        private final String memberId;

        Legacy(String memberId) {
            this.memberId = memberId;
        }
    }

    @Test
    void aRecordsMarkedComponentNamesTheAggregateAsAxonWould() {
        Object command = new Rename("Acme", "acme");

        assertThat(targets.identifierOf(command)).isEqualTo("acme");
        assertThat(targets.resolveTarget(GenericCommandMessage.asCommandMessage(command)))
                .isEqualTo(axon.resolveTarget(GenericCommandMessage.asCommandMessage(command)));
        assertThat(targets.identifierOf(new Rename("Other", "other"))).as("read from each command").isEqualTo("other");
    }

    @Test
    void aRecordIsResolvedWithoutAxonsSearch() {
        CommandTargets cachedOnly = new CommandTargets(command -> {
            throw new AssertionError("Axon's resolver searched " + command.getPayloadType());
        });

        assertThat(cachedOnly.identifierOf(new Rename("Acme", "acme"))).isEqualTo("acme");
        assertThat(cachedOnly.identifierOf(new RevokeCertification("member-1", "cert-1", "lapsed")))
                .as("a command of the service").isEqualTo("member-1");
    }

    @Test
    void aClassThatIsNotARecordIsResolvedByAxon() {
        assertThat(targets.identifierOf(new Legacy("legacy"))).isEqualTo("legacy");
    }

    @Test
    void aCommandWithoutItsAggregateIdIsRefused() {
        assertThatThrownBy(() -> targets.identifierOf(new Rename("Acme", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Rename");
    }
}
