package org.finops.certification.command.infrastructure;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers what was read only once it is known to be stored: a row read inside a transaction may be that
 * transaction's own uncommitted write, gone if it rolls back.
 */
final class AfterCommit {
    private AfterCommit() {
    }

    static void remember(Runnable remembering) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            remembering.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                remembering.run();
            }
        });
    }
}
