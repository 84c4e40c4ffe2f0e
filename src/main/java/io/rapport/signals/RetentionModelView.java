package io.rapport.signals;

import java.time.LocalDate;
import java.util.UUID;

/** A vendor's fitted retention model: the parameters, how well they fit and how many partnerships they rest on. */
public record RetentionModelView(UUID vendorId, LocalDate fittedOn, double r, double alpha, double a, double b,
		double logLikelihood, boolean converged, int partnerships) {
}
