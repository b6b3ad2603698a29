package org.finops.certification.events;

/** The product (platform) or the dedicated FinOps offering (service provider) an application is for. */
public record Offering(String name, String url, Boolean openSource, Boolean foundingMaintainer) {
}
