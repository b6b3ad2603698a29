package org.finops.certification.command.infrastructure;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import tools.jackson.databind.DeserializationFeature;

/**
 * The one JSON form of events, snapshots and tokens in the store. Fields are read directly so that aggregates can
 * be snapshotted without getters written for the serializer's sake.
 */
public final class EventJson {
    private EventJson() {
    }

    public static Jackson3Serializer serializer() {
        return Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(builder -> builder
                        .changeDefaultVisibility(visibility -> visibility
                                .withVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                                .withVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                                .withVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE))
                        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
                .build();
    }
}
