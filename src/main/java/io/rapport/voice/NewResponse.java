package io.rapport.voice;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.rapport.common.text.NoControlCharacters;
import io.rapport.common.text.TextLimits;

/**
 * A partner organisation's answer about one vendor in a wave.
 *
 * @param nps how likely, 0–10, it would recommend working with the vendor to another integrator
 * @param ratings criterion key → 0–10; a criterion left out was not rated
 * @param importance criterion key → 1–5, optional
 * @param signed whether the partner puts its name to the answer, so the vendor sees it as the partner's;
 *        unsigned (the default) answers stay anonymous
 * @param doNotQuote the comment is for the count only: it counts toward the minimum of organisations
 *        that commented but is never shown verbatim to anyone (default false)
 */
public record NewResponse(@NotNull UUID vendorId, @NotNull @Min(0) @Max(10) Integer nps, Map<String, Integer> ratings,
		Map<String, Integer> importance, @Size(max = TextLimits.COMMENT) @NoControlCharacters(multiLine = true) String comment, Boolean signed,
		Boolean doNotQuote) {

	public NewResponse {
		ratings = ratings == null ? Map.of() : ratings;
		importance = importance == null ? Map.of() : importance;
		signed = Boolean.TRUE.equals(signed);
		doNotQuote = Boolean.TRUE.equals(doNotQuote);
	}
}
