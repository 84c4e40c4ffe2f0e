package io.rapport.engagement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.NotFoundException;
import io.rapport.common.Quarter;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.engagement.scoring.RankedScore;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;

/** Shows how ranks would move under proposed weights, without saving anything. */
@Service
@Transactional(readOnly = true)
public class WeightPreviews {

	/** The editor shows the largest moves; a full list of thousands helps nobody decide. */
	static final int MOVES_SHOWN = 50;

	private final EngagementCalculator calculator;

	private final EngagementWeights weights;

	private final VendorProgrammes programmes;

	private final EngagementQueries queries;

	WeightPreviews(EngagementCalculator calculator, EngagementWeights weights, VendorProgrammes programmes,
			EngagementQueries queries) {
		this.calculator = calculator;
		this.weights = weights;
		this.programmes = programmes;
		this.queries = queries;
	}

	public WeightPreview preview(UUID vendorId, String quarter, Map<String, Double> changes) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		VendorProgramme programme = programmes.find(vendorId).orElseThrow(() -> new NotFoundException("vendor", vendorId));
		Quarter q = queries.quarter(programme, quarter);
		Map<String, Double> proposed = weights.merged(vendorId, changes);
		EngagementCalculator.ProgrammeEngagement now = calculator.compute(programme, q,
				weights.currentUnscoped(vendorId).weights());
		EngagementCalculator.ProgrammeEngagement then = calculator.compute(programme, q, proposed);
		List<WeightPreview.Move> moves = new ArrayList<>();
		now.population().forEach((id, entry) -> {
			RankedScore pei = now.pei().get(id);
			RankedScore vei = now.vei().get(id);
			RankedScore pei2 = then.pei().get(id);
			RankedScore vei2 = then.vei().get(id);
			if (pei.rank() != pei2.rank() || vei.rank() != vei2.rank()) {
				moves.add(new WeightPreview.Move(id, entry.partnerName(), pei.rank(), pei2.rank(), vei.rank(), vei2.rank()));
			}
		});
		moves.sort(Comparator.comparingInt((WeightPreview.Move m) -> -Math.max(Math.abs(m.peiRank() - m.proposedPeiRank()),
				Math.abs(m.veiRank() - m.proposedVeiRank()))).thenComparing(WeightPreview.Move::partnerName));
		return new WeightPreview(q.toString(), now.population().size(), moves.size(),
				moves.subList(0, Math.min(MOVES_SHOWN, moves.size())));
	}
}
