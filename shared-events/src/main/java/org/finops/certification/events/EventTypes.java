package org.finops.certification.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The published event types and their versions: {@code ce_type} is {@code org.finops.certification.<Name>.v<N>}
 * and the JSON Schema of each ships as {@code schemas/<Name>.v<N>.schema.json}. A change that breaks a schema gets
 * a new record and version here; the old one stays.
 */
public final class EventTypes {
    public static final String TYPE_PREFIX = "org.finops.certification.";

    /** Every published event record with its version. */
    public static final List<EventType> ALL = List.of(
            new EventType(MemberRegistered.class, 1),
            new EventType(MemberStandingChanged.class, 1),
            new EventType(MemberSizeBandChanged.class, 1),
            new EventType(IndividualCertificationRecorded.class, 1),
            new EventType(IndividualCertificationWithdrawn.class, 1),
            new EventType(ApplicationSubmitted.class, 1),
            new EventType(ApplicationApproved.class, 1),
            new EventType(ApplicationRejected.class, 1),
            new EventType(ApplicationWithdrawn.class, 1),
            new EventType(CertificationGranted.class, 1),
            new EventType(RenewalRequested.class, 1),
            new EventType(CertificationRenewed.class, 1),
            new EventType(RenewalWindowOpened.class, 1),
            new EventType(RenewalReminderDue.class, 1),
            new EventType(CertificationExpired.class, 1),
            new EventType(CertificationSuspended.class, 1),
            new EventType(CertificationReinstated.class, 1),
            new EventType(CertificationRevoked.class, 1),
            new EventType(TransferRefused.class, 1),
            new EventType(LegacyCertificationImported.class, 1),
            new EventType(PolicyPublished.class, 1),
            new EventType(RenewalReminderIssued.class, 1));

    private static final Map<Class<?>, EventType> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::recordClass, Function.identity()));
    private static final Map<String, EventType> BY_CE_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::ceType, Function.identity()));

    private EventTypes() {
    }

    public static Optional<EventType> of(Class<?> recordClass) {
        return Optional.ofNullable(BY_CLASS.get(recordClass));
    }

    public static Optional<EventType> ofCeType(String ceType) {
        return Optional.ofNullable(BY_CE_TYPE.get(ceType));
    }

    public record EventType(Class<?> recordClass, int version) {
        public String name() {
            return recordClass.getSimpleName();
        }

        public String ceType() {
            return TYPE_PREFIX + name() + ".v" + version;
        }

        public String schemaResource() {
            return "schemas/" + name() + ".v" + version + ".schema.json";
        }
    }
}
