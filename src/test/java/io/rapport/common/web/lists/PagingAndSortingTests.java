package io.rapport.common.web.lists;

import org.junit.jupiter.api.Test;

import io.rapport.common.DomainRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingAndSortingTests {

	enum Column implements SortKey {
		PARTNER, TRAILING_REVENUE
	}

	@Test
	void aPagePastTheEndIsTheLastPage() {
		Paging asked = Paging.of(999, 25, 50);
		assertThat(asked.within(180)).isEqualTo(new Paging(7, 25));
		assertThat(asked.within(180).offset()).isEqualTo(175);
		assertThat(asked.within(0)).isEqualTo(new Paging(0, 25));
		assertThat(Paging.of(3, 25, 50).within(180)).isEqualTo(new Paging(3, 25));
	}

	@Test
	void negativePagesAndOddSizesAreBroughtInside() {
		assertThat(Paging.of(-4, 0, 50)).isEqualTo(new Paging(0, 1));
		assertThat(Paging.of(null, 10_000, 50).size()).isEqualTo(Paging.MAX_SIZE);
		assertThat(Paging.of(null, null, 50)).isEqualTo(new Paging(0, 50));
	}

	@Test
	void readsKeyAndDirectionInEitherSpelling() {
		Sorting<Column> sorting = Sorting.lenient("trailingRevenue,desc", Column.class, Column.PARTNER, true);
		assertThat(sorting.key()).isEqualTo(Column.TRAILING_REVENUE);
		assertThat(sorting.ascending()).isFalse();
		assertThat(sorting.orderBy("s.revenue")).isEqualTo("s.revenue desc nulls last");
		assertThat(sorting.param()).isEqualTo("trailingRevenue,desc");
		assertThat(Sorting.lenient("TRAILING_REVENUE", Column.class, Column.PARTNER, false).ascending()).isTrue();
	}

	@Test
	void aPageFallsBackToItsOrderAndSaysSo() {
		Sorting<Column> unknown = Sorting.lenient("drop table,asc", Column.class, Column.PARTNER, true);
		assertThat(unknown.key()).isEqualTo(Column.PARTNER);
		assertThat(unknown.unknownRequested()).isTrue();
		assertThat(Sorting.lenient("partner,sideways", Column.class, Column.PARTNER, true).unknownRequested()).isTrue();
		assertThat(Sorting.lenient(null, Column.class, Column.PARTNER, true).unknownRequested()).isFalse();
	}

	@Test
	void theApiRefusesAnUnknownOrderNamingTheKeys() {
		assertThatThrownBy(() -> Sorting.strict("pei,up", Column.class, Column.PARTNER, true))
			.isInstanceOfSatisfying(DomainRuleException.class, ex -> {
				assertThat(ex.code()).isEqualTo("list.sort.refused");
				assertThat(ex.arguments()).containsExactly("pei,up", "partner, trailingRevenue");
			});
	}

	@Test
	void headersToggleTheirOwnColumnAndStartOthersAscending() {
		Sorting<Column> sorting = Sorting.lenient("partner,asc", Column.class, Column.PARTNER, true);
		assertThat(sorting.toggle("partner")).isEqualTo("partner,desc");
		assertThat(sorting.toggle("trailingRevenue")).isEqualTo("trailingRevenue,asc");
		assertThat(sorting.ariaSort("partner")).isEqualTo("ascending");
		assertThat(sorting.ariaSort("trailingRevenue")).isEqualTo("none");
	}
}
