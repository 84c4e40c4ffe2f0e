package io.rapport.voice;

import java.util.Map;

import io.rapport.common.ReportedProblem;

/** A partner organisation answers once per vendor and wave; a correction replaces the answer instead. */
public class AlreadyAnsweredException extends ReportedProblem {

	AlreadyAnsweredException(String vendorName) {
		super("Your organisation has already answered about " + vendorName
				+ " in this survey; send the answer again with PUT to correct it while the survey is open");
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
