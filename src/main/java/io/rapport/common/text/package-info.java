/**
 * Free text: how long each kind may be and what characters it may not hold, in one place for
 * request records, forms, imports and the database's constraints.
 */
package io.rapport.common.text;
