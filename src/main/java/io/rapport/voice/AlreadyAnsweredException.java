package io.rapport.voice;

import java.util.Map;

import io.rapport.common.ReportedProblem;

/** A partner organisation answers once per vendor and wave; a correction replaces the answer instead. */
public class AlreadyAnsweredException extends ReportedProblem {

	AlreadyAnsweredException(String vendorName) {
		super("voice.rule.alreadyAnswered", new Object[] { vendorName });
	}

	@Override
	public int status() {
		return 409;
	}

	@Override
	public String title() {
		return "Already answered";
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of();
	}
}
