package org.finops.certification.command.member;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.finops.certification.command.support.InMemoryCredentialRegistry;
import org.finops.certification.command.support.ShippedPolicy;

/** The member aggregate under the shipped policy, with an in-memory credential registry. */
final class MemberFixture {
    private MemberFixture() {
    }

    static AggregateTestFixture<Member> create(InMemoryCredentialRegistry registry) {
        AggregateTestFixture<Member> fixture = new AggregateTestFixture<>(Member.class);
        fixture.registerInjectableResource(new ShippedPolicy());
        fixture.registerInjectableResource(registry);
        return fixture;
    }

    static AggregateTestFixture<Member> create() {
        return create(new InMemoryCredentialRegistry());
    }
}
