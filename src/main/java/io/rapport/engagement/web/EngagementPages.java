package io.rapport.engagement.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import io.rapport.common.DomainRuleException;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.web.OwnVendor;
import io.rapport.common.web.export.ExportFormat;
import io.rapport.common.web.export.ExportTable;
import io.rapport.common.web.export.TableExports;
import io.rapport.common.web.lists.Paging;
import io.rapport.common.web.lists.Sorting;
import io.rapport.common.web.RuleMessages;
import io.rapport.engagement.CadenceResult;
import io.rapport.engagement.ChannelEngagement;
import io.rapport.engagement.EngagementQueries;
import io.rapport.engagement.EngagementRefresh;
import io.rapport.engagement.EngagementWeights;
import io.rapport.engagement.IndicatorDefinition;
import io.rapport.engagement.PartnershipEngagement;
import io.rapport.engagement.Quadrant;
import io.rapport.engagement.WeightPreviews;
import io.rapport.organizations.PartnershipEntry;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.VendorProgrammes;

/**
 * The engagement views: the vendor's dashboard, its channel-wide page, a partnership's engagement
 * tab, the partner's and the analyst's comparison of vendors, and the weight editor.
 */
@Controller
class EngagementPages {

	static final String DASHBOARD = "engagement/dashboard";

	static final String LIST = "engagement/dashboard :: list";

	static final String CHANNEL = "engagement/channel";

	static final String PARTNERSHIP_TAB = "engagement/partnership :: tab";

	static final String VENDORS = "engagement/vendors";

	static final String WEIGHTS = "engagement/weights";

	static final String PREVIEW = "engagement/weights :: preview";

	static final String PROGRESS = "engagement/weights :: progress";

	/** Rows on one page of the list. */
	static final int LIST_ROWS = 50;

	private final EngagementQueries queries;

	private final EngagementWeights weights;

	private final WeightPreviews previews;

	private final EngagementRefresh refresh;

	private final MessageSource messages;

	private final EngagementListing listing;

	private final PartnershipQueries partnerships;

	private final VendorProgrammes programmes;

	private final RuleMessages rules;

	EngagementPages(EngagementQueries queries, EngagementWeights weights, WeightPreviews previews, EngagementRefresh refresh,
			MessageSource messages, EngagementListing listing, PartnershipQueries partnerships, VendorProgrammes programmes,
			RuleMessages rules) {
		this.listing = listing;
		this.partnerships = partnerships;
		this.programmes = programmes;
		this.queries = queries;
		this.weights = weights;
		this.previews = previews;
		this.refresh = refresh;
		this.messages = messages;
		this.rules = rules;
	}

	@GetMapping("/engagement")
	Object dashboard(@OwnVendor UUID vendorId, @RequestParam(required = false) String quarter,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String format,
			@ModelAttribute("filter") EngagementListing.EngagementFilter filter,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		List<PartnershipEngagement> rows = queries.ofVendor(vendorId, quarter, "pei");
		Quadrant quadrant = queries.quadrant(vendorId, quarter);
		List<PartnershipEntry> register = partnerships.register(vendorId);
		Sorting<EngagementSort> sorting = Sorting.lenient(sort, EngagementSort.class, EngagementSort.PEI,
				/* ascending= */ false);
		List<EngagementLine> selected = listing.select(listing.lines(rows, quadrant, register), filter, sorting);
		Optional<ExportFormat> export = ExportFormat.of(format);
		if (export.isPresent()) {
			return TableExports.response(export.get(), exportTable(quadrant.quarter(), selected), LocaleContextHolder.getLocale(),
					programmes.visible(vendorId).timeZone());
		}
		ChannelEngagement channel = queries.channel(vendorId, quarter);
		model.addAttribute("quarter", quadrant.quarter());
		model.addAttribute("sorting", sorting);
		model.addAttribute("channel", channel);
		model.addAttribute("quadrant", quadrant);
		model.addAttribute("lines", EngagementListing.page(selected, Paging.of(page, size, LIST_ROWS)));
		model.addAttribute("total", rows.size());
		model.addAttribute("tiers", programmes.visible(vendorId).tiers());
		model.addAttribute("cams", listing.cams(register));
		model.addAttribute("quadrantNames", EngagementListing.EngagementFilter.QUADRANTS);
		model.addAttribute("communications", EngagementListing.EngagementFilter.COMMUNICATIONS);
		List<PartnershipEngagement> sporadic = rows.stream().filter(r -> "SPORADIC".equals(r.communication())).toList();
		model.addAttribute("sporadicCount", sporadic.size());
		model.addAttribute("sporadic", sporadic.stream()
			.sorted(java.util.Comparator.comparingDouble((PartnershipEngagement r) -> -r.pei().score()))
			.limit(15).toList());
		model.addAttribute("scores", rows.stream().map(r -> List.of(r.pei().score(), r.vei().score())).toList());
		model.addAttribute("chartLabels", labels("revenue", "engagement", "CHAMPION", "TRANSACTIONAL", "RISING", "DORMANT",
				"pei", "vei", "partnerships", "score"));
		return htmx != null ? LIST : DASHBOARD;
	}

	private ExportTable exportTable(String quarter, List<EngagementLine> lines) {
		ExportTable.Builder table = ExportTable.named("engagement-" + quarter, message("partnerships.column.partner"),
				message("partnerships.column.tier"), message("engagement.pei"), message("engagement.rank"),
				message("engagement.vei"), message("engagement.rank"), message("engagement.list.engagement"),
				message("engagement.list.revenue"), message("engagement.list.currency"), message("engagement.quadrantName"),
				message("engagement.communication"), message("partnerships.column.cam"));
		for (EngagementLine line : lines) {
			PartnershipEngagement e = line.engagement();
			table.row(e.partnerName(), e.tier(), e.pei().score(), e.pei().rank(), e.vei().score(), e.vei().rank(),
					e.engagementScore(), line.revenue(), line.revenue() == null ? null : line.revenue().currency(),
					line.quadrant() == null ? null : message("engagement.quadrant." + line.quadrant()),
					e.communication() == null ? null : message("engagement.communication." + e.communication()),
					line.camName());
		}
		return table.build();
	}

	@GetMapping("/engagement/channel")
	Object channel(@OwnVendor UUID vendorId, @RequestParam(required = false) String quarter,
			@RequestParam(required = false) String format, Model model) {
		ChannelEngagement channel = queries.channel(vendorId, quarter);
		List<ChannelEngagement> history = new ArrayList<>();
		io.rapport.common.Quarter q = io.rapport.common.Quarter.parse(channel.quarter());
		for (int i = 7; i >= 0; i--) {
			io.rapport.common.Quarter past = q;
			for (int j = 0; j < i; j++) {
				past = past.previous();
			}
			history.add(queries.channel(vendorId, past.toString()));
		}
		Optional<ExportFormat> export = ExportFormat.of(format);
		if (export.isPresent()) {
			ExportTable.Builder table = ExportTable.named("cadence-" + channel.quarter(), message("home.trend.quarter"),
					message("engagement.norm"), message("engagement.export.target"), message("engagement.export.actual"),
					message("engagement.export.of"), message("engagement.export.standing"), message("home.trend.channelVei"));
			for (ChannelEngagement h : history) {
				for (CadenceResult c : h.cadence()) {
					table.row(h.quarter(), message("engagement.norm." + c.norm()), c.target(), c.actual(), c.of(),
							message("norms.standing." + c.shown()), h.vei().score());
				}
			}
			return TableExports.response(export.get(), table.build(), LocaleContextHolder.getLocale(),
					programmes.find(vendorId).orElseThrow().timeZone());
		}
		model.addAttribute("channel", channel);
		model.addAttribute("history", history);
		Map<String, String> normNames = new LinkedHashMap<>();
		channel.cadence().forEach(c -> normNames.put(c.norm(), message("engagement.norm." + c.norm())));
		model.addAttribute("chartLabels", Map.of("norms", normNames, "met", message("engagement.chart.met"),
				"missed", message("engagement.chart.missed"), "running", message("engagement.chart.running")));
		return CHANNEL;
	}

	@GetMapping("/partnerships/{id}/engagement")
	Object partnershipTab(@PathVariable UUID id, @RequestParam(required = false) String quarter,
			@RequestParam(required = false) String format, Model model) {
		PartnershipEngagement engagement = queries.ofPartnership(id, quarter);
		List<PartnershipEngagement> history = queries.history(id);
		Optional<ExportFormat> export = ExportFormat.of(format);
		if (export.isPresent()) {
			ExportTable.Builder table = ExportTable.named("engagement-" + engagement.partnerName(), message("home.trend.quarter"),
					message("engagement.pei"), message("engagement.export.rank"), message("engagement.vei"),
					message("engagement.export.rank"), message("engagement.communication"));
			for (PartnershipEngagement h : history) {
				table.row(h.quarter(), h.pei().score(), h.pei().rank(), h.vei().score(), h.vei().rank(),
						h.communication() == null ? null : message("engagement.communication." + h.communication()));
			}
			return TableExports.response(export.get(), table.build(), LocaleContextHolder.getLocale(),
					programmes.find(engagement.vendorId()).orElseThrow().timeZone());
		}
		model.addAttribute("engagement", engagement);
		model.addAttribute("historyPoints", history.stream()
			.map(h -> Map.of("quarter", h.quarter(), "pei", h.pei().score(), "vei", h.vei().score())).toList());
		Map<String, String> labels = new LinkedHashMap<>();
		for (String key : List.of("pei", "vei", "contribution", "score")) {
			labels.put(key, message("engagement.chart." + key));
		}
		weights.definitions().forEach(d -> labels.put(d.key(), message("engagement.indicator." + d.key())));
		model.addAttribute("chartLabels", labels);
		return PARTNERSHIP_TAB;
	}

	@GetMapping("/engagement/vendors")
	String vendors(Model model) {
		Caller caller = CurrentCaller.get();
		if (caller.isPartnerUser()) {
			model.addAttribute("mine", queries.ofMyVendors());
		}
		else {
			model.addAttribute("channels", queries.channels());
		}
		return VENDORS;
	}

	@GetMapping("/engagement/weights")
	String weightEditor(@OwnVendor UUID vendorId, Model model) {
		model.addAttribute("weightSet", weights.current(vendorId));
		model.addAttribute("definitions", weights.definitions());
		model.addAttribute("progress", refresh.progress(vendorId));
		// The last recompute's outcome is said only after a save on this page, not on arrival.
		model.addAttribute("pageLoad", Boolean.TRUE);
		return WEIGHTS;
	}

	@PostMapping("/engagement/weights/preview")
	String preview(@OwnVendor UUID vendorId, @RequestParam Map<String, String> form, Model model) {
		try {
			model.addAttribute("preview", previews.preview(vendorId, null, weightsFrom(form)));
		}
		catch (DomainRuleException ex) {
			model.addAttribute("problem", rules.of(ex));
		}
		return PREVIEW;
	}

	@PostMapping("/engagement/weights")
	String save(@OwnVendor UUID vendorId, @RequestParam Map<String, String> form, Model model) {
		try {
			model.addAttribute("saved", weights.save(vendorId, weightsFrom(form)));
		}
		catch (DomainRuleException ex) {
			model.addAttribute("problem", rules.of(ex));
		}
		model.addAttribute("progress", refresh.progress(vendorId));
		return PROGRESS;
	}

	@GetMapping("/engagement/weights/progress")
	String progress(@OwnVendor UUID vendorId, Model model) {
		model.addAttribute("progress", refresh.progress(vendorId));
		return PROGRESS;
	}

	private Map<String, Double> weightsFrom(Map<String, String> form) {
		Map<String, Double> changes = new LinkedHashMap<>();
		for (IndicatorDefinition definition : weights.definitions()) {
			String value = form.get("w." + definition.key());
			if (value == null || value.isBlank()) {
				continue;
			}
			try {
				changes.put(definition.key(), Double.parseDouble(value.trim().replace(',', '.')));
			}
			catch (NumberFormatException ex) {
				throw DomainRuleException.rule("engagement.rule.weightNumber", DomainRuleException.term("engagement.indicator." + definition.key()), value);
			}
		}
		return changes;
	}

	private Map<String, String> labels(String... keys) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String key : keys) {
			labels.put(key, message("engagement.chart." + key));
		}
		return labels;
	}

	private String message(String key) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, null, key, locale);
	}

}
