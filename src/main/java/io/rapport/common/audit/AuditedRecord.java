package io.rapport.common.audit;

import java.util.Objects;
import java.util.UUID;

/** A record an audit entry is about, named by its kind and id (never by personal data, which erasure removes). */
public record AuditedRecord(RecordType type, UUID id) {

	public AuditedRecord {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(id, "id");
	}

	public static AuditedRecord of(RecordType type, UUID id) {
		return new AuditedRecord(type, id);
	}

	/** The kinds of records audit entries point at. */
	public enum RecordType {
		USER, INVITATION, ORGANIZATION, PARTNERSHIP, APPLICATION, TOKEN, SESSION, SSO_CONFIGURATION, PROGRAMME,
		IMPORT, TOUCHPOINT, SUPPORT_CASE, SURVEY, ALERT, WEIGHTS, NORMS, TARGETS
	}
}
