package org.finops.certification.command.support;

import org.finops.certification.command.member.credential.CredentialRegistry;

import java.util.HashMap;
import java.util.Map;

public final class InMemoryCredentialRegistry implements CredentialRegistry {
    private final Map<String, String> claims = new HashMap<>();

    public void heldBy(String credentialId, String memberId) {
        claims.put(credentialId, memberId);
    }

    @Override
    public boolean claim(String credentialId, String memberId) {
        return claims.putIfAbsent(credentialId, memberId) == null;
    }

    @Override
    public void release(String credentialId) {
        claims.remove(credentialId);
    }
}
