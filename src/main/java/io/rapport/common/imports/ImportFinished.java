package io.rapport.common.imports;

import java.util.UUID;

/**
 * A person's import (not a dry run) ended: taken in, or rejected with nothing stored.
 *
 * @param importId this outcome's own id, so one told twice is one notice
 * @param organizationId and userId: who imported
 * @param taken whether it was taken in; false when it was rejected
 * @param lines the lines taken in, or the rows rejected (0 when the file as a whole was refused)
 */
public record ImportFinished(UUID importId, ImportKind kind, UUID organizationId, UUID userId, boolean taken, long lines) {
}
