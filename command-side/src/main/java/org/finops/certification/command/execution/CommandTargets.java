package org.finops.certification.command.execution;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which aggregate a command is for: the record component marked {@link TargetAggregateIdentifier}, found once per
 * command type. Axon's own resolver searches for it by reflection on every command, copying each declared method
 * and searching its annotations again: about a tenth of the command side's allocation under load (JFR, issue 13).
 * The mark is read from the component's accessor: Axon's annotation targets fields and methods, not record
 * components, so Java carries it to those two only. A command that is not such a record is resolved the way Axon
 * does it.
 */
@Component("commandTargets")
public class CommandTargets implements CommandTargetResolver {
    private final CommandTargetResolver axon;
    private final ClassValue<Optional<Method>> identifiers = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            RecordComponent[] components = type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
            return Arrays.stream(components).map(RecordComponent::getAccessor)
                    .filter(accessor -> accessor.isAnnotationPresent(TargetAggregateIdentifier.class)).findFirst();
        }
    };

    public CommandTargets() {
        this(AnnotationCommandTargetResolver.builder().build());
    }

    /** @param axon resolves what is not a record with a marked component */
    CommandTargets(CommandTargetResolver axon) {
        this.axon = axon;
    }

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Optional<Method> identifier = identifiers.get(command.getPayloadType());
        if (identifier.isEmpty()) {
            return axon.resolveTarget(command);
        }
        Object id = read(identifier.get(), command.getPayload());
        if (id == null) {
            throw new IllegalArgumentException("the command " + command.getPayloadType().getSimpleName()
                    + " names no aggregate: its @TargetAggregateIdentifier is null");
        }
        return new VersionedAggregateIdentifier(id, null);
    }

    /** The id of the aggregate the command is for. */
    String identifierOf(Object command) {
        return resolveTarget(GenericCommandMessage.asCommandMessage(command)).getIdentifier();
    }

    private static Object read(Method accessor, Object command) {
        try {
            return accessor.invoke(command);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }
}
