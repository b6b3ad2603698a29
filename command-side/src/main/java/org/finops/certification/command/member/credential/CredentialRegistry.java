package org.finops.certification.command.member.credential;

/**
 * Credential ids are unique across all members, a rule no single member aggregate can check. The registry claims
 * an id in the same transaction as the event that records it, so a refused claim leaves nothing behind.
 */
public interface CredentialRegistry {
    /** @return false when another member already holds the credential id */
    boolean claim(String credentialId, String memberId);

    void release(String credentialId);
}
