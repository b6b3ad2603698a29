package org.finops.certification.command.member.certification;

import org.finops.certification.command.rules.Refusal;
import org.finops.certification.command.rules.Refused;
import org.finops.certification.events.RefusedRequest;
import org.finops.certification.events.TransferRefused;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The rule that a certification stays with the organisation that earned it; every attempt is refused on record. */
public final class NonTransferable {
    public static final String RULE = "a certification belongs to the organisation that earned it: it cannot be"
            + " transferred, shared, inherited or extended to a white-label partner";

    private NonTransferable() {
    }

    /** Records the refused request and answers the refusal; to be called from a member's command handler. */
    public static Refused refuse(String memberId, String certificationId, RefusedRequest request, String requestedFor,
                                 String reason) {
        apply(new TransferRefused(memberId, certificationId, request, requestedFor, reason, RULE));
        return new Refused(Refusal.NOT_TRANSFERABLE, RULE);
    }
}
