package org.finops.certification.command.infrastructure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.finops.certification.command.rules.InvalidInput;
import org.finops.certification.command.rules.InvalidState;
import org.finops.certification.command.rules.RuleViolation;
import org.finops.certification.command.rules.UnknownEntity;

/**
 * {@code certification.commands} counts and times every command by type and outcome: {@code accepted}, the
 * refusal code of a domain rule, {@code invalid_state}, {@code not_found}, {@code invalid_input} or {@code error}.
 */
public class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {
    private final MeterRegistry meters;

    public CommandMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        String type = unitOfWork.getMessage().getPayloadType().getSimpleName();
        Timer.Sample sample = Timer.start(meters);
        String outcome = "accepted";
        try {
            return chain.proceed();
        } catch (Exception e) {
            outcome = outcomeOf(e);
            throw e;
        } finally {
            sample.stop(meters.timer("certification.commands", "type", type, "outcome", outcome));
        }
    }

    private static String outcomeOf(Exception e) {
        return switch (e) {
            case RuleViolation violation -> violation.refusal().name().toLowerCase();
            case InvalidState invalid -> "invalid_state";
            case UnknownEntity unknown -> "not_found";
            case InvalidInput invalid -> "invalid_input";
            default -> "error";
        };
    }
}
