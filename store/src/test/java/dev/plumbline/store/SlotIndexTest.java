package dev.plumbline.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlotIndexTest {
    private static SlotIndex twoItems(int overlap) {
        SlotIndex index = new SlotIndex(overlap);
        index.item("item-0", false, 0, 1);
        index.item("item-1", false, 0, 2);
        return index;
    }

    @Test
    void anAnnotatorIsOfferedTheFirstItemWithAFreeSlotTheyNeitherHoldNorSkipped() {
        SlotIndex index = twoItems(2);
        index.claimed("item-0", 0, "ann");
        index.skipped("item-0", "bob");
        assertThat(index.pick("ann", false)).contains(new SlotIndex.Pick("item-1", 0));
        assertThat(index.pick("bob", false)).contains(new SlotIndex.Pick("item-1", 0));
        assertThat(index.pick("cid", false)).contains(new SlotIndex.Pick("item-0", 1));
    }

    @Test
    void anItemLeavesOnceItHasKLabels() {
        SlotIndex index = twoItems(1);
        index.claimed("item-0", 0, "ann");
        index.labelled("item-0");
        assertThat(index.seq("item-0")).isEmpty();
        assertThat(index.pick("bob", false)).contains(new SlotIndex.Pick("item-1", 0));
    }

    @Test
    void onlyLiveLeasesPastTheirExpiryAreFoundExpired() {
        SlotIndex index = twoItems(2);
        index.leased(new SlotIndex.Live("lease-a", "item-0", 0, 100, 200));
        index.leased(new SlotIndex.Live("lease-b", "item-0", 1, 100, 400));
        index.leased(new SlotIndex.Live("lease-c", "item-1", 0, 100, 150));
        index.settled("lease-c");
        assertThat(index.expired(300)).extracting(SlotIndex.Live::leaseId).containsExactly("lease-a");
        assertThat(index.expired(200)).isEmpty();
    }

    @Test
    void aFreedSlotIsOfferedAgain() {
        SlotIndex index = twoItems(1);
        index.claimed("item-0", 0, "ann");
        index.freed("item-0", 0);
        assertThat(index.pick("bob", false)).contains(new SlotIndex.Pick("item-0", 0));
    }
}
