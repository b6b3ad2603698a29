package org.finops.certification.command.execution;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The global index of the last event appended in the current transaction, noted by the event store as it inserts
 * (the index is drawn by the insert itself), so a command learns its position without another query.
 */
public final class AppendedPosition {
    private long last = -1;

    private AppendedPosition() {
    }

    /** Called by the event store for every append: a transaction nobody tracks is left alone. */
    public static void note(long position) {
        if (TransactionSynchronizationManager.getResource(AppendedPosition.class) instanceof AppendedPosition tracked) {
            tracked.last = Math.max(tracked.last, position);
        }
    }

    /** @return the tracker of the current transaction, bound to it (and released with it) on first use */
    static AppendedPosition ofCurrentTransaction() {
        if (TransactionSynchronizationManager.getResource(AppendedPosition.class) instanceof AppendedPosition tracked) {
            return tracked;
        }
        AppendedPosition tracked = new AppendedPosition();
        TransactionSynchronizationManager.bindResource(AppendedPosition.class, tracked);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(AppendedPosition.class);
            }
        });
        return tracked;
    }

    long last() {
        return last;
    }
}
