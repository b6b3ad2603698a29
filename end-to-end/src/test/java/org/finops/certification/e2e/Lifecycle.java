package org.finops.certification.e2e;

import org.finops.certification.testing.Api;
import org.finops.certification.testing.LifecycleClient;
import org.finops.certification.testing.Tokens;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the command API the way a member and the staff would. */
final class Lifecycle {
    private static final List<String> BANDS = List.of("LT_100", "100_499", "500_4999", "5000_PLUS");
    private final Api command;

    Lifecycle(Api command) {
        this.command = command;
    }

    /** A policy of seconds: small LT_100 requirements, every band present, durations as given. */
    void publishPolicy(String version, String validity, String window, List<String> reminders) {
        Map<String, Object> counts = Map.of("PRACTITIONER", 5, "PROFESSIONAL", 1, "FOCUS_ANALYST", 2);
        Map<String, Object> bands = new LinkedHashMap<>();
        BANDS.forEach(band -> bands.put(band, counts));
        Map<String, Object> document = Map.of("effectiveFrom", Instant.now().minusSeconds(1).toString(),
                "validity", validity, "renewalWindow", window, "reminders", reminders,
                "requirements", Map.of("PLATFORM", bands, "SERVICE_PROVIDER", bands),
                "capabilities", Map.of("PLATFORM", Map.of("allocation", 3), "SERVICE_PROVIDER", Map.of("allocation", 3)),
                "minimumCapabilityTotal", Map.of("PLATFORM", 3, "SERVICE_PROVIDER", 3));
        Api.Reply reply = command.put("/api/v1/policies/" + version, Tokens.staff(), document);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    /** Registers a small member with enough individual certifications, applies and gets approved. */
    Api.Reply certify(String memberId) {
        return client().path(memberId).certify();
    }

    Api.Reply renew(String memberId, String certificationId) {
        Api.Reply requested = ok(client().requestRenewal(memberId, certificationId));
        return ok(client().approve(requested.text("applicationId"), "renewed"));
    }

    /** The member lifecycle under the policies these tests publish, which know one capability. */
    static LifecycleClient client(LifecycleClient.Transport transport) {
        return new LifecycleClient(transport, List.of("allocation"));
    }

    private LifecycleClient client() {
        return client(command::post);
    }

    private static Api.Reply ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 201);
        return reply;
    }
}
