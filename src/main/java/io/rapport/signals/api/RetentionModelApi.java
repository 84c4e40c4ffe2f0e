package io.rapport.signals.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.rapport.common.DomainRuleException;
import io.rapport.signals.RetentionModels;
import io.rapport.signals.model.BgNbd;
import io.rapport.signals.model.BgNbdParameters;
import io.rapport.signals.model.Customer;

/** The BG/NBD retention model on the caller's own data: no tenant's records are read. */
@RestController
@Tag(name = "Retention model", description = "BG/NBD (Fader, Hardie and Lee 2005): fit and predict")
class RetentionModelApi {

	private final RetentionModels models;

	RetentionModelApi(RetentionModels models) {
		this.models = models;
	}

	@PostMapping("/api/v1/models/bgnbd/fit")
	@Operation(summary = "Fit r, alpha, a and b by maximum likelihood to customers' {x, tx, T}")
	FitResult fit(@Valid @RequestBody FitRequest request) {
		BgNbd.Fit fit = models.fit(request.customers());
		BgNbdParameters p = fit.parameters();
		return new FitResult(p.r(), p.alpha(), p.a(), p.b(), fit.logLikelihood(), fit.converged());
	}

	@PostMapping("/api/v1/models/bgnbd/predict")
	@Operation(summary = "P(alive) and the transactions expected within the horizon for each customer")
	List<RetentionModels.Prediction> predict(@Valid @RequestBody PredictRequest request) {
		Params p = request.params();
		BgNbdParameters parameters;
		try {
			parameters = new BgNbdParameters(p.r(), p.alpha(), p.a(), p.b());
		}
		catch (IllegalArgumentException ex) {
			throw DomainRuleException.rule("signals.rule.params", ex.getMessage());
		}
		return models.predict(parameters, request.horizon(), request.customers());
	}

	record FitRequest(@NotNull List<Customer> customers) {
	}

	record FitResult(double r, double alpha, double a, double b, double logLikelihood, boolean converged) {
	}

	record Params(double r, double alpha, double a, double b) {
	}

	record PredictRequest(@NotNull @Valid Params params, @NotNull Double horizon, @NotNull List<Customer> customers) {
	}
}
