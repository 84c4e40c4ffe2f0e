package io.rapport.touchpoints.importing;

import io.rapport.common.imports.RowError;

/** Receives the rows of a touchpoint file as they are read. */
public interface TouchpointRowHandler {

	void accept(TouchpointRow row);

	void reject(RowError error);
}
