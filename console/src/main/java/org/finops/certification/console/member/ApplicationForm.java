package org.finops.certification.console.member;

import org.finops.certification.events.CertificationType;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The application (or renewal) form as people fill it in: one capability claim per line ("allocation
 * https://…/evidence"), one community contribution per line ("WORKING_GROUP https://…"). Its input names are the
 * JSON paths of the command API's body, so a problem the API reports on {@code offering.url} or
 * {@code capabilities[1].evidenceUrl} lands next to the field that holds it.
 */
public record ApplicationForm(Map<String, String> values, List<String> modes) {

    public static ApplicationForm empty(CertificationType type) {
        return new ApplicationForm(new LinkedHashMap<>(Map.of("type", type.name(), "drawnFor", type.name())),
                List.of());
    }

    /** The form filled in with what was submitted before (a renewal starts from the last submission). */
    public static ApplicationForm from(CertificationType type, JsonNode submitted) {
        ApplicationForm form = empty(type);
        JsonNode offering = submitted.path("offering");
        form.values.put("offering.name", offering.path("name").asString(""));
        form.values.put("offering.url", offering.path("url").asString(""));
        form.values.put("offering.openSource", offering.path("openSource").asBoolean(false) ? "on" : "");
        form.values.put("offering.foundingMaintainer", offering.path("foundingMaintainer").asBoolean(false) ? "on" : "");
        form.values.put("capabilities", joined(submitted.path("capabilities"), "capabilityId", "evidenceUrl"));
        JsonNode focus = submitted.path("focus");
        form.values.put("focus.version", focus.path("version").asString(""));
        form.values.put("focus.evidence", focus.path("evidence").asString(""));
        form.values.put("focus.referenceUrl", focus.path("referenceUrl").asString(""));
        form.values.put("community", joined(submitted.path("community"), "kind", "url"));
        List<String> modes = focus.path("modes").valueStream().map(mode -> mode.asString()).toList();
        return new ApplicationForm(form.values, modes);
    }

    static ApplicationForm of(MultiValueMap<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0)));
        List<String> modes = params.getOrDefault("focus.modes", List.of());
        return new ApplicationForm(values, modes);
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public String type() {
        return value("type");
    }

    /** The certification applied for; a type no one applies for is read as the first one offered. */
    public CertificationType certification() {
        return CertificationType.offered(type()).orElse(CertificationType.offered().getFirst());
    }

    /** Whether the form asks about a product (FOCUS version and modes) or a service offering (FOCUS in words). */
    public boolean asksForProduct() {
        return certification().certifiesAProduct();
    }

    /** Another type one may apply for, to show its requirements instead. */
    public CertificationType other() {
        return CertificationType.offered().stream().filter(type -> type != certification()).findFirst()
                .orElse(certification());
    }

    /** The fields shown are those of the type selected: the form was not switched to another type before sending. */
    boolean drawnForItsType() {
        return type().equals(value("drawnFor"));
    }

    /** The same answers in the form of the type now selected (fields the other type has no use for are dropped). */
    ApplicationForm redrawn() {
        Map<String, String> kept = new LinkedHashMap<>(values);
        kept.put("drawnFor", type());
        return new ApplicationForm(kept, modes);
    }

    /** The command API's body; {@code memberId} and {@code type} only for a first application, not a renewal. */
    Map<String, Object> body(String memberId, boolean renewal) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (!renewal) {
            body.put("memberId", memberId);
            body.put("type", type());
        }
        Map<String, Object> offering = new LinkedHashMap<>();
        offering.put("name", blankToNull(value("offering.name")));
        offering.put("url", blankToNull(value("offering.url")));
        offering.put("openSource", "on".equals(value("offering.openSource")));
        offering.put("foundingMaintainer", "on".equals(value("offering.foundingMaintainer")));
        body.put("offering", offering);
        body.put("capabilities", lines(value("capabilities"), "capabilityId", "evidenceUrl"));
        Map<String, Object> focus = new LinkedHashMap<>();
        if (asksForProduct()) {
            focus.put("version", blankToNull(value("focus.version")));
            focus.put("modes", modes);
        } else {
            focus.put("evidence", blankToNull(value("focus.evidence")));
        }
        focus.put("referenceUrl", blankToNull(value("focus.referenceUrl")));
        body.put("focus", focus);
        body.put("community", lines(value("community"), "kind", "url"));
        return body;
    }

    /** Lines of two fields, as {@link #lines} reads them back. */
    private static String joined(JsonNode items, String first, String second) {
        return String.join("\n", items.valueStream()
                .map(item -> (item.path(first).asString("") + " " + item.path(second).asString("")).strip())
                .toList());
    }

    /** Each non-empty line as two fields: the first word, and the rest. */
    private static List<Map<String, String>> lines(String text, String first, String second) {
        List<Map<String, String>> items = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] parts = trimmed.split("\\s+", 2);
            Map<String, String> item = new LinkedHashMap<>();
            item.put(first, parts[0]);
            item.put(second, parts.length > 1 ? parts[1].strip() : null);
            items.add(item);
        }
        return items;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
