package org.finops.certification.query.certification;

import org.finops.certification.query.views.Rows;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.rules.CertificationState;

import java.util.Collection;
import java.util.function.Predicate;

/**
 * A read model that follows the state of certifications: {@link CertificationProjection} hands it the latest state
 * of each certification a batch moved, after it stored them, so the order between them is a call, not a convention.
 */
public interface CertificationStateView {
    void onAll(Collection<CertificationState> latest, ViewStore views);

    /**
     * Deletes from the view's {@code table} the rows of the certifications whose latest state it does not keep, in
     * one statement, and answers the ids of those it keeps, for the caller to write.
     */
    static Rows keepOnly(Collection<CertificationState> latest, Predicate<CertificationState> kept, String table,
                         ViewStore views) {
        Rows keep = Rows.of("varchar");
        Rows drop = Rows.of("varchar");
        latest.forEach(state -> (kept.test(state) ? keep : drop).add(state.certificationId()));
        drop.deleteFrom(views, table, "certification_id");
        return keep;
    }
}
