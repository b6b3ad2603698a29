package org.finops.certification.command.member;

import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Instant;

/** The time a member's rules are decided at: Axon's event clock, which the fixture tests move. */
public final class MemberClock {
    private MemberClock() {
    }

    public static Instant now() {
        return GenericEventMessage.clock.instant();
    }
}
