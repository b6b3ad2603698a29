package org.finops.certification.query.credential;

import tools.jackson.databind.json.JsonMapper;

/**
 * The credentials' JSON mapper, with Jackson's defaults fixed here: what is canonicalised, signed and verified must
 * come out the same whatever the application's Jackson settings are, so it does not use the app's mapper.
 */
final class CredentialJson {
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private CredentialJson() {
    }
}
