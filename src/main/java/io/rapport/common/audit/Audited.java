package io.rapport.common.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An administrative or data-changing action, published with {@code ApplicationEventPublisher} inside
 * the transaction that made the change. The audit module adds when and who (the signed-in caller, and
 * whether through a session, a password over the API or a token); the publisher says what and about
 * which records.
 *
 * @param kind what happened
 * @param organizationId the organisation whose log the entry belongs to: the vendor for anything in its
 *        programme, the partner for its own organisation and people, the hub for analysts
 * @param partnerId the partner organisation the entry concerns, when it is about one (its admins see
 *        the entry too), else null
 * @param records the records it is about, the first being the main one
 * @param changes values before and after, where a value changed
 * @param facts other plain facts worth keeping (a file name, rows accepted), no personal data
 */
public record Audited(AuditKind kind, UUID organizationId, UUID partnerId, List<AuditedRecord> records,
		List<FieldChange> changes, Map<String, String> facts) {

	public Audited {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(organizationId, "organizationId");
		records = List.copyOf(records);
		changes = List.copyOf(changes);
		facts = Map.copyOf(facts);
	}

	/** Starts an entry of the organisation's log. */
	public static Builder of(AuditKind kind, UUID organizationId) {
		return new Builder(kind, organizationId);
	}

	/** Collects an entry's parts; {@link #build()} makes the event. */
	public static final class Builder {

		private final AuditKind kind;

		private final UUID organizationId;

		private UUID partnerId;

		private final List<AuditedRecord> records = new ArrayList<>();

		private final List<FieldChange> changes = new ArrayList<>();

		private final Map<String, String> facts = new LinkedHashMap<>();

		private Builder(AuditKind kind, UUID organizationId) {
			this.kind = kind;
			this.organizationId = organizationId;
		}

		public Builder partner(UUID partnerId) {
			this.partnerId = partnerId;
			return this;
		}

		public Builder about(AuditedRecord.RecordType type, UUID id) {
			records.add(AuditedRecord.of(type, id));
			return this;
		}

		/** Records a change; values that did not change are left out. */
		public Builder change(String field, Object before, Object after) {
			String was = before == null ? null : before.toString();
			String is = after == null ? null : after.toString();
			if (!Objects.equals(was, is)) {
				changes.add(new FieldChange(field, was, is));
			}
			return this;
		}

		public Builder fact(String name, Object value) {
			if (value != null) {
				facts.put(name, value.toString());
			}
			return this;
		}

		public Audited build() {
			return new Audited(kind, organizationId, partnerId, records, changes, facts);
		}
	}
}
