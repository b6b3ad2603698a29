package org.finops.certification.query.certification;

import org.finops.certification.query.views.Rows;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.rules.CertificationState;
import org.finops.certification.rules.CertificationStatus;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A view with a row for each certification whose status it keeps, under its member's legal name: the certification,
 * the member, the name, the type, optionally the status, and the validity. As a batch moves certifications, the rows
 * of those it no longer keeps are deleted and the others written from the states in hand; while a rebuild fills a
 * generation it writes nothing until the status of every certification is stored, and then all its rows in one
 * statement ({@link #afterFill}).
 */
public abstract class CertificationListing implements CertificationStateView {
    private final String table;
    private final String nameColumn;
    private final List<String> columns;
    /** What an upsert changes of a row that is there already: every column after the certification, member, name. */
    private final String changing;
    private final Predicate<CertificationStatus> kept;

    /**
     * @param nameColumn where the member's legal name goes
     * @param withStatus whether the row carries the certification's status
     */
    protected CertificationListing(String table, String nameColumn, boolean withStatus,
                                   Predicate<CertificationStatus> kept) {
        this.table = table;
        this.nameColumn = nameColumn;
        this.columns = Stream.of("certification_id", "member_id", nameColumn, "type", withStatus ? "status" : null,
                "valid_until").filter(Objects::nonNull).toList();
        this.changing = columns.stream().skip(3).map(column -> column + " = EXCLUDED." + column)
                .collect(Collectors.joining(", "));
        this.kept = kept;
    }

    @Override
    public void onAll(Collection<CertificationState> latest, ViewStore views) {
        if (views.filling()) {
            return;
        }
        Rows listed = CertificationStateView.keepOnly(latest, kept, table, views);
        listed.update(views, insert(views, "l") + " FROM " + listed.table("l", CertificationStateView.KEPT) + " JOIN "
                + views.table("member_view") + " m ON m.member_id = l.member_id"
                + " ON CONFLICT (certification_id) DO UPDATE SET " + changing);
    }

    /** Every certification kept, from the status the fill has stored, joined to its member in one pass. */
    @Override
    public void afterFill(ViewStore views) {
        // the statuses' names are the enum's constants, never input
        String statuses = Stream.of(CertificationStatus.values()).filter(kept)
                .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", "));
        views.executeWith("work_mem", "128MB", insert(views, "c") + " FROM " + views.table("certification_status")
                + " c JOIN " + views.table("member_view") + " m ON m.member_id = c.member_id"
                + " WHERE c.status IN (" + statuses + ")");
    }

    /** The insert of the rows and what they take: the certification's columns under {@code alias}, the name. */
    private String insert(ViewStore views, String alias) {
        return "INSERT INTO " + views.table(table) + " (" + String.join(", ", columns) + ") SELECT " + columns.stream()
                .map(column -> column.equals(nameColumn) ? "m.legal_name" : alias + "." + column)
                .collect(Collectors.joining(", "));
    }
}
