package org.finops.certification.command.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The success answer of a command call, for the OpenAPI document: the controller answers the stored bytes, so the
 * body's record is named here ({@link AnswerSchemas} turns it into the response's schema).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Answered {
    int status() default 200;

    String value();

    /** A record of {@link org.finops.certification.contract.Replies}. */
    Class<?> body();
}
