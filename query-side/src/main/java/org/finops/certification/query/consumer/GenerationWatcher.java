package org.finops.certification.query.consumer;

import org.finops.certification.query.views.ViewGenerations;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When another instance switched to a rebuilt generation, restart this instance's consumer so that it seeks to
 * the offsets of the new generation.
 */
@Component
public class GenerationWatcher {
    private final ViewGenerations generations;
    private final KafkaListenerEndpointRegistry listeners;

    public GenerationWatcher(ViewGenerations generations, KafkaListenerEndpointRegistry listeners) {
        this.generations = generations;
        this.listeners = listeners;
    }

    @Scheduled(fixedDelayString = "${cert.views.generation-check:PT5S}")
    void followSwitches() {
        MessageListenerContainer container = listeners.getListenerContainer(LiveConsumer.LISTENER_ID);
        if (container != null && container.isRunning() && generations.refresh()) {
            container.stop();
            container.start();
        }
    }
}
