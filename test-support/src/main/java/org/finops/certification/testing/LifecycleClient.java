package org.finops.certification.testing;

import org.finops.certification.contract.ApiPaths;
import org.finops.certification.contract.Requests;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.SizeBand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A member's lifecycle over the command API, typed: the one place outside the service that knows its paths and
 * bodies, used by the API tests, the end-to-end and fault tests and the benchmark. The transport is theirs (a plain
 * {@link Api}, or a client that retries with an Idempotency-Key).
 */
public final class LifecycleClient {
    /** The capabilities of the shipped policy 2025-1 that a platform claims. */
    public static final List<String> SHIPPED_CAPABILITIES = List.of("data-ingestion", "allocation",
            "reporting-analytics", "anomaly-management", "forecasting", "unit-economics", "rate-optimization");
    /** Individual certifications that meet a small (LT_100) member's platform requirements in every test policy. */
    public static final List<String> SMALL_PLATFORM_CREDENTIALS = List.of("PRACTITIONER", "PRACTITIONER",
            "PRACTITIONER", "ENGINEER", "ENGINEER", "PROFESSIONAL", "FOCUS_ANALYST", "FOCUS_ANALYST");
    private static final LocalDate ISSUED_ON = LocalDate.parse("2025-01-01");

    /** Sends one command; the reply is whatever the service answered. */
    @FunctionalInterface
    public interface Transport {
        Api.Reply post(String path, String token, Object body);
    }

    /** The commands that take a new member to a certification, in their order. */
    public enum Step { REGISTRATION, CREDENTIAL, APPLICATION, APPROVAL }

    private final Transport transport;
    private final List<String> capabilities;

    /** @param capabilities the capability ids the policy in force knows, claimed by every application */
    public LifecycleClient(Transport transport, List<String> capabilities) {
        this.transport = transport;
        this.capabilities = List.copyOf(capabilities);
    }

    public Api.Reply register(String memberId, String legalName, String sizeBand) {
        return transport.post(ApiPaths.MEMBERS, Tokens.staff(), new Requests.RegisterMember(memberId, legalName,
                SizeBand.ofCode(sizeBand), true, "certs@" + memberId + ".example"));
    }

    public Api.Reply recordCredential(String memberId, String credentialId, String personId, String type) {
        return transport.post(ApiPaths.credentials(memberId), Tokens.member(memberId), new Requests.RecordCredential(
                personId, IndividualCertificationType.valueOf(type), credentialId, ISSUED_ON, null));
    }

    /** The application's content stays a map, so that a test can send what the API must refuse. */
    public Api.Reply applyForPlatform(String memberId) {
        return transport.post(ApiPaths.APPLICATIONS, Tokens.member(memberId), platformApplication(memberId));
    }

    public Api.Reply approve(String applicationId, String comment) {
        return transport.post(ApiPaths.decision(applicationId, ApiPaths.Decision.APPROVE), Tokens.staff(),
                new Requests.Comment(comment));
    }

    public Api.Reply requestRenewal(String memberId, String certificationId) {
        return transport.post(ApiPaths.renewals(certificationId), Tokens.member(memberId), content());
    }

    public Map<String, Object> content() {
        return content(capabilities);
    }

    public Map<String, Object> platformApplication(String memberId) {
        return platformApplication(memberId, capabilities);
    }

    /** What an application puts forward: a product, the given capabilities, FOCUS evidence; a map a test may change. */
    public static Map<String, Object> content(List<String> capabilities) {
        List<Map<String, String>> claims = new ArrayList<>();
        capabilities.forEach(id -> claims.add(Map.of("capabilityId", id,
                "evidenceUrl", "https://acme.example/docs/" + id)));
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("offering", Map.of("name", "Acme Cloud Cost", "url", "https://acme.example/product",
                "openSource", false, "foundingMaintainer", false));
        content.put("capabilities", claims);
        content.put("focus", Map.of("version", "1.2", "modes", List.of("EXPORT"),
                "referenceUrl", "https://acme.example/focus"));
        content.put("community", List.of(Map.of("kind", "WORKING_GROUP", "url", "https://acme.example/blog/wg")));
        return content;
    }

    /** A PLATFORM application of the member, as a mutable map a test may change. */
    public static Map<String, Object> platformApplication(String memberId, List<String> capabilities) {
        Map<String, Object> application = content(capabilities);
        application.put("memberId", memberId);
        application.put("type", "PLATFORM");
        return application;
    }

    /** The way of a new small member to a certification, one command at a time (a load paces them). */
    public Path path(String memberId) {
        return new Path(memberId);
    }

    public final class Path {
        private final String memberId;
        private int taken;
        private String applicationId;

        private Path(String memberId) {
            this.memberId = memberId;
        }

        public String memberId() {
            return memberId;
        }

        public boolean done() {
            return taken >= SMALL_PLATFORM_CREDENTIALS.size() + 3;
        }

        public Step upcoming() {
            if (taken == 0) {
                return Step.REGISTRATION;
            }
            if (taken <= SMALL_PLATFORM_CREDENTIALS.size()) {
                return Step.CREDENTIAL;
            }
            return taken == SMALL_PLATFORM_CREDENTIALS.size() + 1 ? Step.APPLICATION : Step.APPROVAL;
        }

        /** Sends the upcoming command; an approval follows the application this path submitted. */
        public Api.Reply next() {
            Step step = upcoming();
            int index = taken++;
            return switch (step) {
                case REGISTRATION -> register(memberId, memberId + " Ltd", "LT_100");
                case CREDENTIAL -> recordCredential(memberId, memberId + "-" + index, "p" + index,
                        SMALL_PLATFORM_CREDENTIALS.get(index - 1));
                case APPLICATION -> {
                    Api.Reply submitted = applyForPlatform(memberId);
                    applicationId = submitted.status() == 201 ? submitted.text("applicationId") : null;
                    yield submitted;
                }
                case APPROVAL -> approve(applicationId, "meets the policy");
            };
        }

        /** Takes every step and answers the approval; each step must be accepted. */
        public Api.Reply certify() {
            Api.Reply reply = null;
            while (!done()) {
                reply = next();
                if (reply.status() >= 300) {
                    throw new AssertionError(upcomingName() + " was refused: " + reply);
                }
            }
            return reply;
        }

        private String upcomingName() {
            return "step " + taken + " of " + memberId;
        }
    }
}
