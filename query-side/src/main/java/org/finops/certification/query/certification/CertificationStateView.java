package org.finops.certification.query.certification;

import org.finops.certification.query.views.Rows;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.rules.CertificationState;
import org.finops.certification.rules.CertificationStatus;

import java.util.Collection;
import java.util.function.Predicate;

/**
 * A read model that follows the state of certifications: {@link CertificationProjection} hands it the latest state
 * of each certification a batch moved, after it stored them, so the order between them is a call, not a convention.
 */
public interface CertificationStateView {
    void onAll(Collection<CertificationState> latest, ViewStore views);

    /**
     * Once a rebuild's bulk fill has stored the status of every certification ({@link CertificationProjection}'s
     * end of the fill), writes the view's rows of all of them; nothing for a view that took the states as they came.
     */
    default void afterFill(ViewStore views) {
    }

    /** The columns of the states {@link #keepOnly} answers, as {@link Rows#table} names them. */
    String[] KEPT = {"certification_id", "member_id", "type", "status", "valid_until"};

    /**
     * Deletes from the view's {@code table} the rows of the certifications whose latest status it does not keep, in
     * one statement, and answers those it keeps ({@link #KEPT}), for the caller to write: from the states in hand,
     * not read back from the status the certification projection has just written.
     */
    static Rows keepOnly(Collection<CertificationState> latest, Predicate<CertificationStatus> kept, String table,
                         ViewStore views) {
        Rows keep = Rows.of("varchar", "varchar", "varchar", "varchar", "timestamptz");
        Rows drop = Rows.of("varchar");
        latest.forEach(state -> {
            if (kept.test(state.status())) {
                keep.add(state.certificationId(), state.memberId(), state.type().name(), state.status().name(),
                        state.validUntil());
            } else {
                drop.add(state.certificationId());
            }
        });
        drop.deleteFrom(views, table, "certification_id");
        return keep;
    }
}
