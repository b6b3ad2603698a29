package org.finops.certification.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The CloudEvents 1.0 attributes of a published event, in Kafka binary mode: each attribute is a header
 * {@code ce_<name>}, the record value is the event's JSON, and the record key is the member id.
 *
 * @param id            unique and stable across re-publication: subscribers drop duplicates by it
 * @param subject       the aggregate the event belongs to
 * @param memberId      the member the event concerns (also the record key); empty for policy events
 * @param position      the event's global index in the store, increasing per member
 */
public record CloudEvent(String id, String source, String type, String subject, Instant time, String memberId,
                         String actor, String policyVersion, String correlationId, long position) {
    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    public static final String H_SPEC_VERSION = "ce_specversion";
    public static final String H_ID = "ce_id";
    public static final String H_SOURCE = "ce_source";
    public static final String H_TYPE = "ce_type";
    public static final String H_SUBJECT = "ce_subject";
    public static final String H_TIME = "ce_time";
    public static final String H_MEMBER_ID = "ce_memberid";
    public static final String H_ACTOR = "ce_actor";
    public static final String H_POLICY_VERSION = "ce_policyversion";
    public static final String H_CORRELATION_ID = "ce_correlationid";
    public static final String H_POSITION = "ce_position";
    public static final String H_CONTENT_TYPE = "content-type";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
    }

    /** The headers in binary mode; absent optional attributes are left out rather than sent empty. */
    public Map<String, byte[]> headers() {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        put(headers, H_SPEC_VERSION, SPEC_VERSION);
        put(headers, H_ID, id);
        put(headers, H_SOURCE, source);
        put(headers, H_TYPE, type);
        put(headers, H_SUBJECT, subject);
        put(headers, H_TIME, time.toString());
        put(headers, H_CONTENT_TYPE, CONTENT_TYPE);
        put(headers, H_MEMBER_ID, memberId);
        put(headers, H_ACTOR, actor);
        put(headers, H_POLICY_VERSION, policyVersion);
        put(headers, H_CORRELATION_ID, correlationId);
        put(headers, H_POSITION, Long.toString(position));
        return headers;
    }

    public static CloudEvent fromHeaders(Map<String, byte[]> headers) {
        String position = text(headers, H_POSITION);
        return new CloudEvent(text(headers, H_ID), text(headers, H_SOURCE), text(headers, H_TYPE),
                text(headers, H_SUBJECT), Instant.parse(text(headers, H_TIME)), text(headers, H_MEMBER_ID),
                text(headers, H_ACTOR), text(headers, H_POLICY_VERSION), text(headers, H_CORRELATION_ID),
                position == null ? -1 : Long.parseLong(position));
    }

    private static void put(Map<String, byte[]> headers, String name, String value) {
        if (value != null) {
            headers.put(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String text(Map<String, byte[]> headers, String name) {
        byte[] value = headers.get(name);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }
}
