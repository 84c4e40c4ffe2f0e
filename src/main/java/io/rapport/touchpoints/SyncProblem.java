package io.rapport.touchpoints;

import java.util.Arrays;
import java.util.List;

/**
 * Why a calendar could not be synced, as a message code and its arguments, so that the page says
 * it in the reader's language whenever it is read, not in the language of whoever synced it.
 */
record SyncProblem(String code, List<Object> arguments) {

	SyncProblem {
		arguments = List.copyOf(arguments);
	}

	static SyncProblem of(String code, Object... arguments) {
		return new SyncProblem(code, Arrays.stream(arguments).map(a -> a == null ? "" : a).toList());
	}
}
