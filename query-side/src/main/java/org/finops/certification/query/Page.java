package org.finops.certification.query;

import org.finops.certification.support.web.InvalidRequest;

import java.util.List;

/** One page of a list answer; pages count from 0. */
public record Page<T>(List<T> items, int page, int size, long total) {
    public static final int MAX_SIZE = 200;

    public static void check(int page, int size) {
        if (page < 0) {
            throw new InvalidRequest("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequest("size", "must be between 1 and " + MAX_SIZE);
        }
    }
}
