package org.finops.certification.e2e;

import org.finops.certification.testing.LifecycleClient;

import java.util.stream.Collectors;

/** The Platform application (or renewal) form, filled in as a member would, with evidence under {@code site}. */
final class ApplicationFormFilling {
    private ApplicationFormFilling() {
    }

    static void platform(Browser browser, String site) {
        browser.fill("offering.name", "Northwind Cost Cloud");
        browser.fill("offering.url", site + "/cost-cloud");
        browser.fill("capabilities", LifecycleClient.SHIPPED_CAPABILITIES.stream()
                .map(capability -> capability + " " + site + "/docs/" + capability)
                .collect(Collectors.joining("\n")));
        browser.fill("focus.version", "1.2");
        browser.check("focus.modes", "EXPORT");
        browser.fill("focus.referenceUrl", site + "/focus");
        browser.fill("community", "WORKING_GROUP " + site + "/blog/working-group");
    }
}
