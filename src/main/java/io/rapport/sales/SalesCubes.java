package io.rapport.sales;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.rapport.common.Quarter;

/**
 * Keeps each vendor's {@link SalesCube} current: loaded from the quarterly aggregates on first
 * use, dropped when an import changes the vendor's sales.
 *
 * <p>Design note: the cube is dropped after the import commits, so a reader never caches
 * aggregates the import is about to replace. A reader that started loading before the commit may
 * finish after the drop; the generation counter tells it the cube it read is already stale, so it
 * answers with it but does not keep it.
 */
@Component
class SalesCubes {

	/** More vendors than one installation serves; a bound only against unbounded growth. */
	private static final int MAX_VENDORS = 256;

	private final JdbcClient jdbc;

	private final Map<UUID, SalesCube> cubes = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	SalesCubes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	SalesCube of(UUID vendorId) {
		SalesCube cube = cubes.get(vendorId);
		if (cube != null) {
			return cube;
		}
		long before = generation.get();
		SalesCube loaded = load(vendorId);
		if (generation.get() == before) {
			if (cubes.size() >= MAX_VENDORS) {
				cubes.clear();
			}
			cubes.putIfAbsent(vendorId, loaded);
		}
		return loaded;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(SalesRecorded recorded) {
		generation.incrementAndGet();
		cubes.remove(recorded.vendorId());
	}

	private SalesCube load(UUID vendorId) {
		SalesCube.Builder builder = new SalesCube.Builder();
		jdbc.sql("""
				select partnership_id, fiscal_year, fiscal_quarter, category, revenue, deals
				from sales_quarter where vendor_id = ?""")
			.param(vendorId)
			.query(rs -> {
				builder.add(rs.getObject(1, UUID.class), new Quarter(rs.getInt(2), rs.getInt(3)),
						SalesCategory.valueOf(rs.getString(4)), SalesTotals.cents(rs.getBigDecimal(5)), rs.getLong(6));
			});
		return builder.build();
	}
}
