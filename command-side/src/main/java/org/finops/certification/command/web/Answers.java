package org.finops.certification.command.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.Map;

/** Success answers of the command API, each with the stream position of the events it wrote. */
final class Answers {
    private Answers() {
    }

    static ResponseEntity<Map<String, Object>> created(String location, long position, Map<String, Object> body) {
        return ResponseEntity.created(URI.create(location))
                .header(CommandTransactionFilter.EVENT_POSITION, String.valueOf(position)).body(body);
    }

    static ResponseEntity<Map<String, Object>> ok(long position, Map<String, Object> body) {
        return ResponseEntity.status(HttpStatus.OK)
                .header(CommandTransactionFilter.EVENT_POSITION, String.valueOf(position)).body(body);
    }
}
