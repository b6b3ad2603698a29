package org.finops.certification.command.rules;

/** One requirement that is not met: how much the policy asks for and how much the member has. */
public record Shortfall(String requirement, int required, int held) {
}
