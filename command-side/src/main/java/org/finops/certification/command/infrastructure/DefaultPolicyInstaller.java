package org.finops.certification.command.infrastructure;

import org.finops.certification.command.policy.PolicyCatalog;
import org.finops.certification.command.policy.PolicyDocument;
import org.finops.certification.command.policy.PublishPolicy;
import org.axonframework.modelling.command.ConcurrencyException;
import org.finops.certification.command.execution.AuditFacts;
import org.finops.certification.command.execution.Commands;
import org.finops.certification.command.execution.CommitLost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** A fresh system can take applications at once: the shipped policy is published when it is not yet. */
@Component
public class DefaultPolicyInstaller implements ApplicationRunner {
    public static final String DEFAULT_VERSION = "2025-1";
    /** The actor recorded for what the service does by itself. */
    private static final String INSTALLER = "system:default-policy-installer";
    private static final Logger log = LoggerFactory.getLogger(DefaultPolicyInstaller.class);

    private final Commands commands;
    private final PolicyCatalog catalog;
    private final JsonMapper json;

    public DefaultPolicyInstaller(Commands commands, PolicyCatalog catalog, JsonMapper json) {
        this.commands = commands;
        this.catalog = catalog;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (catalog.version(DEFAULT_VERSION).isPresent()) {
            return;
        }
        try (InputStream in = new ClassPathResource("policies/" + DEFAULT_VERSION + ".json").getInputStream()) {
            PolicyDocument document = json.readValue(in, PolicyDocument.class);
            commands.execute(new PublishPolicy(DEFAULT_VERSION, document.toPublished(DEFAULT_VERSION)),
                    AuditFacts.system(INSTALLER, "the policy shipped with the service", null), Optional.empty(),
                    outcome -> null);
            log.info("installed the default policy {}", DEFAULT_VERSION);
        } catch (ConcurrencyException | CommitLost e) {
            log.info("another instance installed the default policy {} at the same time", DEFAULT_VERSION);
        }
    }
}
