package org.finops.certification.contract;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * Every path of the two APIs, built in one place: the controllers map the constants, the console and the tests call
 * the methods. An id put into a path is encoded here, once, so an id with a slash or a question mark reaches the
 * API as the value it is and never as more path or another parameter.
 */
public final class ApiPaths {
    public static final String MEMBERS = "/api/v1/members";
    public static final String APPLICATIONS = "/api/v1/applications";
    public static final String CERTIFICATIONS = "/api/v1/certifications";
    public static final String LEGACY_CERTIFICATIONS = "/api/v1/legacy-certifications";
    public static final String POLICIES = "/api/v1/policies";
    public static final String AUDIT = "/api/v1/audit";
    public static final String DIRECTORY = "/api/v1/directory";
    public static final String RENEWALS = "/api/v1/renewals";
    public static final String RENEWALS_DUE = RENEWALS + "/due";
    public static final String VERIFICATIONS = "/api/v1/verifications";
    public static final String TRANSPARENCY = "/api/v1/transparency";
    public static final String TRANSPARENCY_CHECKPOINT = TRANSPARENCY + "/checkpoint";
    public static final String TRANSPARENCY_KEY = TRANSPARENCY + "/key";
    public static final String INCLUSION_PROOF = TRANSPARENCY + "/proofs/inclusion";
    public static final String STORE_CHECK = TRANSPARENCY + "/store-check";
    public static final String IMPORTS = "/api/v1/imports";

    private ApiPaths() {
    }

    public static String member(String memberId) {
        return MEMBERS + "/" + segment(memberId);
    }

    public static String standing(String memberId) {
        return member(memberId) + "/standing";
    }

    public static String sizeBand(String memberId) {
        return member(memberId) + "/size-band";
    }

    public static String compliance(String memberId) {
        return member(memberId) + "/compliance";
    }

    /** The member's recorded individual certifications (POST records one, GET lists them). */
    public static String credentials(String memberId) {
        return member(memberId) + "/individual-certifications";
    }

    /** POST a CSV file of the member's individual certifications (with {@code ?dryRun=true} to check it only). */
    public static String credentialImports(String memberId) {
        return credentials(memberId) + "/imports";
    }

    public static String credentialImport(String importId) {
        return IMPORTS + "/" + segment(importId);
    }

    public static String credentialImportReport(String importId) {
        return credentialImport(importId) + "/report.csv";
    }

    /** POST runs a validated (dry-run) import. */
    public static String credentialImportRun(String importId) {
        return credentialImport(importId) + "/run";
    }

    public static String credential(String memberId, String credentialId) {
        return credentials(memberId) + "/" + segment(credentialId);
    }

    public static String application(String applicationId) {
        return APPLICATIONS + "/" + segment(applicationId);
    }

    /** {@code decision}: approve, reject or withdraw. */
    public static String decision(String applicationId, Decision decision) {
        return application(applicationId) + "/" + decision.path;
    }

    public static String evaluation(String applicationId) {
        return application(applicationId) + "/evaluation";
    }

    public static String certification(String certificationId) {
        return CERTIFICATIONS + "/" + segment(certificationId);
    }

    public static String renewals(String certificationId) {
        return certification(certificationId) + "/renewals";
    }

    public static String revocation(String certificationId) {
        return certification(certificationId) + "/revoke";
    }

    public static String transfer(String certificationId) {
        return certification(certificationId) + "/transfer";
    }

    public static String whiteLabelPartners(String certificationId) {
        return certification(certificationId) + "/white-label-partners";
    }

    public static String asOf(String certificationId) {
        return certification(certificationId) + "/as-of";
    }

    public static String credentialOf(String certificationId) {
        return certification(certificationId) + "/credential";
    }

    public static String verification(String certificationId) {
        return VERIFICATIONS + "/certifications/" + segment(certificationId);
    }

    /** An event's leaf index in the transparency log. */
    public static String logIndexOf(String eventId) {
        return TRANSPARENCY + "/events/" + segment(eventId);
    }

    public static String logLeaf(long index) {
        return TRANSPARENCY + "/leaves/" + index;
    }

    public static String directoryEntry(String memberId) {
        return DIRECTORY + "/" + segment(memberId);
    }

    /** A query string for a path; parameters without a value are left out, values encoded. */
    public static Query query(String path) {
        return new Query(path);
    }

    /** One path segment, percent-encoded (a space as {@code %20}, never {@code +}). */
    public static String segment(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** What staff or the member decide on an open application. */
    public enum Decision {
        APPROVE("approve"), REJECT("reject"), WITHDRAW("withdraw");

        private final String path;

        Decision(String path) {
            this.path = path;
        }
    }

    /** A path with its query parameters, each encoded once. */
    public static final class Query {
        private final String path;
        private final StringJoiner parameters = new StringJoiner("&");

        private Query(String path) {
            this.path = path;
        }

        public Query param(String name, Object value) {
            if (value != null && !String.valueOf(value).isBlank()) {
                parameters.add(name + "=" + segment(String.valueOf(value)));
            }
            return this;
        }

        /**
         * The page read from a cursor after {@code cursor}; sent even when null or empty, which asks for the first
         * ({@link #param} leaves blank values out, and without {@code after} a list answers numbered pages).
         */
        public Query after(String cursor) {
            parameters.add("after=" + (cursor == null ? "" : segment(cursor)));
            return this;
        }

        @Override
        public String toString() {
            return parameters.length() == 0 ? path : path + "?" + parameters;
        }
    }
}
