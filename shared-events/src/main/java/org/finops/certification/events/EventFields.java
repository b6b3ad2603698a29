package org.finops.certification.events;

import java.lang.reflect.RecordComponent;

/** Reads a field that several event types share ({@code policyVersion}, {@code certificationId}, ...) by name. */
public final class EventFields {
    private EventFields() {
    }

    /** @return the field's value as text, or null when the event has no such field or it is empty */
    public static String text(Object event, String field) {
        if (!event.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (component.getName().equals(field)) {
                try {
                    Object value = component.getAccessor().invoke(event);
                    return value == null ? null : value.toString();
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
