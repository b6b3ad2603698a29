package org.finops.certification.query.projections;

import org.finops.certification.query.support.ProjectionHarness;
import org.junit.jupiter.api.BeforeAll;

/** A projection test: one fresh database per test class, shared by its tests (each uses ids of its own). */
abstract class ProjectionTest {
    static ProjectionHarness harness;

    @BeforeAll
    static void database() {
        harness = ProjectionHarness.start();
    }
}
