package io.rapport.support;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A vendor's support over cases opened between two days (inclusive), in total and per partnership. */
public record SupportMetricsView(UUID vendorId, LocalDate from, LocalDate to, SupportFigures total,
		List<SupportFigures> partnerships, List<SupportTarget> targets) {
}
