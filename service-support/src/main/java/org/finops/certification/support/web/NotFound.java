package org.finops.certification.support.web;

/** The request names something that does not exist (or that the view has not seen yet). */
public class NotFound extends RuntimeException {
    public NotFound(String detail) {
        super(detail);
    }
}
