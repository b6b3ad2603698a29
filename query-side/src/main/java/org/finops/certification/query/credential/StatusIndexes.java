package org.finops.certification.query.credential;

import org.finops.certification.query.certification.CertificationStateView;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.rules.CertificationState;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Gives each certification its index in the status lists the first time its state is seen: a random free place,
 * so an index says nothing about when or in which order members were certified, in the list its turn falls in. The
 * n-th certification seen draws in list 1 + (n - 1) / {@value #TAKEN_PER_LIST} (a sequence gives the turns), so each
 * list takes new certifications until half of it is used (a random draw then still finds a free place at the first
 * or second try most of the time). Every list is published at its full length.
 */
@Component
public class StatusIndexes implements CertificationStateView {
    /** The specification's minimum length, for herd privacy: 16 KB uncompressed. */
    public static final int LIST_LENGTH = 131_072;
    /** How many certifications a list takes; kept in step with db/migration V7. */
    public static final int TAKEN_PER_LIST = LIST_LENGTH / 2;

    @Override
    public void onAll(Collection<CertificationState> latest, ViewStore views) {
        List<String> unplaced = unplaced(views, latest.stream().map(CertificationState::certificationId).toList());
        // concurrent consumers draw into the same list: the unique index settles a clash, the loser draws again
        for (int draw = 0; !unplaced.isEmpty(); draw++) {
            if (draw == 64) {
                throw new IllegalStateException("no free status list index after 64 draws");
            }
            List<String> drawing = unplaced;
            views.jdbc().update(connection -> {
                PreparedStatement insert = connection.prepareStatement("INSERT INTO public.credential_status_index"
                        + " (certification_id, list_id, status_index) SELECT id,"
                        + " (1 + (nextval('public.credential_status_order') - 1) / ?)::int,"
                        + " floor(random() * ?)::int FROM unnest(?) AS id ON CONFLICT DO NOTHING");
                insert.setInt(1, TAKEN_PER_LIST);
                insert.setInt(2, LIST_LENGTH);
                insert.setArray(3, connection.createArrayOf("varchar", drawing.toArray()));
                return insert;
            });
            unplaced = unplaced(views, unplaced);
        }
    }

    /** Those of the certifications that have no index yet, in one statement. */
    private static List<String> unplaced(ViewStore views, List<String> certificationIds) {
        if (certificationIds.isEmpty()) {
            return List.of();
        }
        return views.jdbc().query(connection -> {
            PreparedStatement select = connection.prepareStatement("SELECT id FROM unnest(?) AS id WHERE NOT EXISTS"
                    + " (SELECT 1 FROM public.credential_status_index s WHERE s.certification_id = id)");
            select.setArray(1, connection.createArrayOf("varchar", certificationIds.toArray()));
            return select;
        }, (row, n) -> row.getString(1));
    }

    /** Where a certification's status is published, once it has been seen. */
    public static Optional<Place> of(String certificationId, ViewStore views) {
        return views.jdbc().query("SELECT list_id, status_index FROM public.credential_status_index"
                        + " WHERE certification_id = ?", (row, n) -> new Place(row.getInt(1), row.getInt(2)),
                certificationId).stream().findFirst();
    }

    public record Place(int listId, int index) {
    }
}
