package org.finops.certification.command.infrastructure;

import org.finops.certification.command.member.credential.CredentialRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Claims run on the command's own connection and transaction, so they commit or roll back with its events. */
@Component
public class JdbcCredentialRegistry implements CredentialRegistry {
    private final JdbcTemplate jdbc;

    public JdbcCredentialRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String credentialId, String memberId) {
        return jdbc.update("INSERT INTO credential_claim (credential_id, member_id) VALUES (?, ?)"
                + " ON CONFLICT DO NOTHING", credentialId, memberId) == 1;
    }

    @Override
    public void release(String credentialId) {
        jdbc.update("DELETE FROM credential_claim WHERE credential_id = ?", credentialId);
    }
}
