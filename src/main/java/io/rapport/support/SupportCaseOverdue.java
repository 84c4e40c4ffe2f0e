package io.rapport.support;

import java.util.UUID;

/** An open case went past its first-response or resolution target (told once per case). */
public record SupportCaseOverdue(UUID caseId, UUID vendorId, UUID partnershipId, String subject, Severity severity) {
}
