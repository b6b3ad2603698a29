package org.finops.certification.command.infrastructure;

import org.springframework.jdbc.core.PreparedStatementCreator;

import java.sql.PreparedStatement;
import java.util.Collection;

/** A statement whose only parameter is a list of texts, matched with {@code = ANY (?)}: one round trip for many ids. */
public final class TextArrays {
    private TextArrays() {
    }

    public static PreparedStatementCreator statement(String sql, Collection<String> values) {
        return connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setArray(1, connection.createArrayOf("varchar", values.toArray()));
            return statement;
        };
    }
}
