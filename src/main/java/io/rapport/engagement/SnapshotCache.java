package io.rapport.engagement;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.rapport.common.Quarter;
import io.rapport.organizations.PartnershipEntry;

/**
 * Every partnership's snapshot of a vendor's quarter, read and parsed once: the dashboard, the
 * list and the quadrant each need all of them, and reading thousands of rows with their JSON per
 * request cost more than a second at scale L.
 *
 * <p>Design note: the calculator is the only writer of snapshots, and after each commit it hands
 * over what it stored (a whole quarter, or a few rescored partnerships), so a reader never parses
 * again what was just computed. An entry is kept only with the register it was built from (the
 * register is a new list whenever the programme's revision changes, so renamed partners or changed
 * tiers show at once). As for the sales cube, a generation counter keeps a reader that loaded
 * while a write committed from keeping what it read.
 */
@Component
class SnapshotCache {

	/** Twenty vendors with eight quarters each fit; the bound only stops unbounded growth. */
	private static final int MAX_ENTRIES = 512;

	private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	List<PartnershipEngagement> rows(UUID vendorId, Quarter quarter, List<PartnershipEntry> register,
			Supplier<List<PartnershipEngagement>> load) {
		Key key = new Key(vendorId, quarter);
		Entry entry = entries.get(key);
		if (entry != null && entry.register() == register) {
			return entry.rows();
		}
		long before = generation.get();
		List<PartnershipEngagement> rows = List.copyOf(load.get());
		if (generation.get() == before) {
			keep(key, new Entry(register, rows));
		}
		return rows;
	}

	/** A quarter was recomputed and committed: these are its rows now. */
	void replace(UUID vendorId, Quarter quarter, List<PartnershipEntry> register, List<PartnershipEngagement> rows) {
		generation.incrementAndGet();
		keep(new Key(vendorId, quarter), new Entry(register, List.copyOf(rows)));
	}

	/** Some partnerships of a quarter were rescored and committed. */
	void patch(UUID vendorId, Quarter quarter, Map<UUID, PartnershipEngagement> rescored) {
		generation.incrementAndGet();
		entries.computeIfPresent(new Key(vendorId, quarter), (key, entry) -> new Entry(entry.register(),
				entry.rows().stream().map(row -> rescored.getOrDefault(row.partnershipId(), row)).toList()));
	}

	private void keep(Key key, Entry entry) {
		if (entries.size() >= MAX_ENTRIES) {
			entries.clear();
		}
		entries.put(key, entry);
	}

	private record Key(UUID vendorId, Quarter quarter) {
	}

	private record Entry(List<PartnershipEntry> register, List<PartnershipEngagement> rows) {
	}
}
