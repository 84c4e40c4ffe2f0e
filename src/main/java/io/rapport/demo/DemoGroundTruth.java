package io.rapport.demo;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The demo's ground truth of partners walking away, for backtesting the early warning. Never shown
 * in the product: a real programme has no such list, which is why the warning exists.
 */
@Service
public class DemoGroundTruth {

	private final JdbcClient jdbc;

	DemoGroundTruth(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Drift> drifts() {
		return jdbc.sql("select partnership_id, path, starts_on, neglected from demo_drift order by starts_on")
			.query((rs, n) -> new Drift(rs.getObject(1, UUID.class), DriftPath.valueOf(rs.getString(2)),
					rs.getDate(3).toLocalDate(), rs.getBoolean(4)))
			.list();
	}
}
