/**
 * What every module says when a person changes something: one past-tense {@link io.rapport.common.audit.Audited}
 * event per administrative or data-changing action, published inside the change's transaction. The
 * audit module writes it to the append-only log together with who did it (resolved from the signed-in
 * caller and how they came in), so a change and its entry commit or roll back together.
 */
package io.rapport.common.audit;
