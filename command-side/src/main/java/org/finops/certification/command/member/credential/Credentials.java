package org.finops.certification.command.member.credential;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.rules.HeldCredential;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The individual certifications a member's people hold, kept as the member's decisions need them: by id (a second
 * record of an id is refused, a withdrawal names the type) with the type and expiry that say whether it counts.
 * Who holds it and since when are the read side's business. A member of a large company holds thousands, and its
 * snapshot is written and read back every hundred events, so the snapshot holds them grouped by type and expiry:
 * the ids once each, the dates once per group.
 */
public final class Credentials {
    private final Map<String, Held> byId = new HashMap<>();

    public boolean holds(String credentialId) {
        return byId.containsKey(credentialId);
    }

    public Optional<IndividualCertificationType> typeOf(String credentialId) {
        return Optional.ofNullable(byId.get(credentialId)).map(Held::type);
    }

    public void record(String credentialId, IndividualCertificationType type, LocalDate expiresOn) {
        byId.putIfAbsent(credentialId, new Held(type, expiresOn));
    }

    public void withdraw(String credentialId) {
        byId.remove(credentialId);
    }

    /** How many of the given types count on the day, as the policy's requirements count them. */
    public int countOn(LocalDate day, Collection<IndividualCertificationType> types) {
        return (int) byId.values().stream()
                .filter(held -> types.contains(held.type()) && HeldCredential.countsOn(held.expiresOn(), day))
                .count();
    }

    private record Held(IndividualCertificationType type, LocalDate expiresOn) {
    }

    /** Credentials of one type that expire on the same day (or never): the snapshot's unit. */
    record Group(IndividualCertificationType type, LocalDate expiresOn, List<String> ids) {
    }

    @JsonValue
    List<Group> groups() {
        Map<Held, List<String>> ids = new LinkedHashMap<>();
        byId.forEach((id, held) -> ids.computeIfAbsent(held, key -> new ArrayList<>()).add(id));
        return ids.entrySet().stream()
                .map(group -> new Group(group.getKey().type(), group.getKey().expiresOn(), group.getValue()))
                .toList();
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Credentials of(List<Group> groups) {
        Credentials credentials = new Credentials();
        groups.forEach(group -> group.ids().forEach(id -> credentials.record(id, group.type(), group.expiresOn())));
        return credentials;
    }
}
