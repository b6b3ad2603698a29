package org.finops.certification.events;

import java.util.List;

/** Platform: the FOCUS version and modes adopted; service provider: evidence of FOCUS consulting knowledge. */
public record FocusEvidence(String version, List<FocusMode> modes, String referenceUrl, String evidence) {
}
