package org.finops.certification.command.imports;

import jakarta.annotation.PreDestroy;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.finops.certification.command.execution.Answer;
import org.finops.certification.command.execution.AuditFacts;
import org.finops.certification.command.execution.Commands;
import org.finops.certification.command.member.credential.RecordIndividualCertification;
import org.finops.certification.command.rules.InvalidInput;
import org.finops.certification.command.rules.InvalidState;
import org.finops.certification.command.rules.Refusal;
import org.finops.certification.command.rules.RuleViolation;
import org.finops.certification.command.rules.UnknownEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Records the valid rows of running imports, one {@link RecordIndividualCertification} each: the same command, rules
 * and event as a credential recorded over the API, its audit facts naming the import and the line. A row turns
 * RECORDED in its event's transaction, so an import taken over after a crash goes on from the first row that is not,
 * and none is recorded twice. One thread of its own, so an import never holds up the scheduler's transitions.
 */
@Component
class ImportRunner {
    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    private static final Duration LEASE = Duration.ofSeconds(10);
    private static final int ROWS_PER_LEASE = 200;

    private final ImportRuns runs;
    private final Commands commands;
    private final String runner = "runner-" + UUID.randomUUID();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("credential-imports").daemon().factory());
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean stopping;

    ImportRunner(ImportRuns runs, Commands commands) {
        this.runs = runs;
        this.commands = commands;
    }

    /** Looks for imports to run: its own at once, those of a stopped instance once their lease has passed. */
    @Scheduled(fixedDelayString = "${cert.imports.poll-interval:PT2S}")
    void wake() {
        if (!stopping && queued.compareAndSet(false, true)) {
            thread.execute(() -> {
                queued.set(false);
                runLeased();
            });
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        thread.shutdown();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void runLeased() {
        try {
            Optional<ImportRuns.Run> run;
            while (!stopping && (run = runs.lease(runner, LEASE)).isPresent()) {
                work(run.get());
            }
        } catch (RuntimeException interrupted) {
            // the database or a commit failed: the rows not yet settled stay VALID and the next look resumes them
            log.warn("An import run stopped; it resumes at the next look: {}", interrupted.toString());
        }
    }

    private void work(ImportRuns.Run run) {
        while (!stopping) {
            List<ImportRuns.Pending> rows = runs.pending(run.importId(), ROWS_PER_LEASE);
            if (rows.isEmpty()) {
                if (runs.finishIfSettled(run.importId())) {
                    log.info("Import {} for {} is done", run.importId(), run.memberId());
                }
                return;
            }
            for (ImportRuns.Pending row : rows) {
                if (stopping) {
                    return;
                }
                record(run, row);
            }
            if (!runs.renew(run.importId(), runner, LEASE)) {
                return;
            }
        }
    }

    private void record(ImportRuns.Run run, ImportRuns.Pending row) {
        var credential = row.credential();
        var command = new RecordIndividualCertification(run.memberId(), credential.credentialId(),
                credential.personId(), credential.type(), credential.issuedOn(), credential.expiresOn());
        var audit = new AuditFacts(run.actor(), run.roles(),
                "bulk import " + run.importId() + ", line " + row.line(), run.importId());
        try {
            commands.execute(command, audit, Optional.empty(), outcome -> {
                if (!runs.settle(run.importId(), row.line(), ImportOutcome.RECORDED, "")) {
                    throw new SettledBefore();
                }
                return new Answer(201, null, outcome.position(), null, new byte[0]);
            });
        } catch (SettledBefore alreadyDone) {
            log.debug("Line {} of import {} was settled before", row.line(), run.importId());
        } catch (RuleViolation claimedSinceChecked) {
            if (claimedSinceChecked.refusal() != Refusal.DUPLICATE_CREDENTIAL) {
                runs.settle(run.importId(), row.line(), ImportOutcome.REFUSED,
                        "row: " + claimedSinceChecked.getMessage());
                return;
            }
            // the credential was recorded after the file was checked: here (another upload) or for another member
            boolean here = run.memberId().equals(runs.holderOf(credential.credentialId()));
            runs.settle(run.importId(), row.line(), here ? ImportOutcome.ALREADY_RECORDED : ImportOutcome.REFUSED,
                    here ? CredentialImports.HERE_ALREADY : CredentialImports.ANOTHER_ORGANISATION);
        } catch (InvalidState | UnknownEntity | InvalidInput | AggregateNotFoundException refused) {
            runs.settle(run.importId(), row.line(), ImportOutcome.REFUSED, "row: " + refused.getMessage());
        }
    }

    /** The row's outcome was set by an instance that ran the import before: nothing of this attempt is kept. */
    private static final class SettledBefore extends RuntimeException {
        SettledBefore() {
            super(null, null, false, false);
        }
    }
}
