package org.finops.certification.servers;

/** PostgreSQL JDBC URLs of other databases on the same server. */
public final class JdbcUrls {
    private JdbcUrls() {
    }

    /** The same server, user parameters kept, another database: {@code jdbc:postgresql://h:5432/x?p=1} to {@code .../y?p=1}. */
    public static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + (query < 0 ? "" : url.substring(query));
    }
}
