package org.finops.certification.command.web;

import org.finops.certification.command.member.application.ApplicationContent;
import org.finops.certification.contract.Requests;
import org.finops.certification.events.CapabilityClaim;
import org.finops.certification.events.CommunityContribution;
import org.finops.certification.events.FocusEvidence;

import java.util.List;

/** What an application's or a renewal's body puts forward, as the member aggregate reviews it. */
final class Contents {
    private Contents() {
    }

    static ApplicationContent of(Requests.Content body) {
        Requests.Focus focus = body.focus();
        return new ApplicationContent(body.offering().toOffering(),
                body.capabilities().stream().map(c -> new CapabilityClaim(c.capabilityId(), c.evidenceUrl())).toList(),
                focus == null ? null : new FocusEvidence(focus.version(), focus.modes() == null ? List.of()
                        : focus.modes(), focus.referenceUrl(), focus.evidence()),
                body.community() == null ? List.of()
                        : body.community().stream().map(c -> new CommunityContribution(c.kind(), c.url())).toList());
    }
}
