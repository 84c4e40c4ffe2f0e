package io.rapport.common;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.rapport.common.web.PageData;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12: JSON handed to a page's scripts cannot end the element it sits in. */
class PageDataTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final PageData data = new PageData(MAPPER);

	@Test
	void escapesWhatCouldEndTheScriptElementOrALine() {
		String json = data.json(Map.of("name", "</script><script>alert(1)</script> & <!-- \u2028\u2029"));

		assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029")
			.contains("\\u003C/script\\u003E", "\\u0026", "\\u2028", "\\u2029");
	}

	@Test
	void readsBackAsTheSameValue() {
		Map<String, Object> value = Map.of("name", "Org</script><img src=x onerror=\"x()\"> & Co \u2028\u2029 Łódź",
				"rows", List.of(1, 2.5, "a > b"));

		assertThat(MAPPER.readValue(data.json(value), Map.class)).isEqualTo(value);
	}
}
