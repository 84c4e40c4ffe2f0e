package io.rapport.identity;

/**
 * A token just created. {@code token} is shown this once; Rapport keeps only its hash.
 */
public record CreatedToken(TokenView details, String token) {
}
