package org.finops.certification.command.infrastructure;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Does what must wait until the request's transaction is committed, at once when none is open: remembering what
 * was read (a row read inside a transaction may be that transaction's own uncommitted write, gone if it rolls back),
 * waking the store's readers.
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
