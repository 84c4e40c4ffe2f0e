package io.rapport.engagement;

import java.util.List;
import java.util.UUID;

/**
 * How ranks would move under proposed weights: every partnership whose PEI or VEI rank changes,
 * largest moves first.
 *
 * @param moved how many partnerships change rank on either index
 */
public record WeightPreview(String quarter, int partnerships, int moved, List<Move> moves) {

	/** One partnership's ranks now and under the proposed weights. */
	public record Move(UUID partnershipId, String partnerName, int peiRank, int proposedPeiRank, int veiRank,
			int proposedVeiRank) {
	}
}
