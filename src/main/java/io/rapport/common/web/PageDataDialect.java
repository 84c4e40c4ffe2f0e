package io.rapport.common.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.processor.AbstractStandardExpressionAttributeTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code <script type="application/json" id="..." rapport:json="${value}"></script>}: the element's
 * text becomes {@code value} as JSON written by {@link PageData}, escaped so that it cannot end the
 * element. It replaces writing pre-built JSON strings unescaped into a page.
 */
@Component
class PageDataDialect extends AbstractProcessorDialect {

	private static final String PREFIX = "rapport";

	private final PageData data;

	PageDataDialect(PageData data) {
		super("Rapport page data", PREFIX, 1000);
		this.data = data;
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new JsonBody(dialectPrefix, data));
	}

	private static final class JsonBody extends AbstractStandardExpressionAttributeTagProcessor {

		private final PageData data;

		JsonBody(String prefix, PageData data) {
			super(TemplateMode.HTML, prefix, "json", 1000, /* removeAttribute= */ true);
			this.data = data;
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, Object expressionResult, IElementTagStructureHandler structureHandler) {
			// Not processable, and not HTML-escaped either: PageData already escaped what could end the element.
			structureHandler.setBody(data.json(expressionResult), /* processable= */ false);
		}
	}
}
