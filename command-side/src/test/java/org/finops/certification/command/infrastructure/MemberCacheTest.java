package org.finops.certification.command.infrastructure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MemberCacheTest {

    @Test
    void theLeastRecentlyUsedMemberGoesWhenTheCacheIsFull() {
        MemberCache cache = new MemberCache(2);
        cache.put("acme", "acme's copy");
        cache.put("globex", "globex's copy");
        assertThat(cache.<String, String>get("acme")).isEqualTo("acme's copy");

        cache.put("initech", "initech's copy");

        assertThat(cache.containsKey("globex")).as("used least recently").isFalse();
        assertThat(cache.containsKey("acme")).isTrue();
        assertThat(cache.containsKey("initech")).isTrue();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void aRemovedMemberIsLoadedAgainNextTime() {
        MemberCache cache = new MemberCache(10);
        cache.put("acme", "acme's copy");
        assertThat(cache.putIfAbsent("acme", "another copy")).isFalse();

        assertThat(cache.remove("acme")).isTrue();

        assertThat(cache.<String, String>get("acme")).isNull();
        assertThat(cache.remove("acme")).isFalse();
    }
}
