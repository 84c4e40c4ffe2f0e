package io.rapport.common.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Makes {@link PageFormats} the {@code #fmt} expression object of every template, in the page's locale. */
@Component
class FormatDialect extends AbstractDialect implements IExpressionObjectDialect {

	static final String NAME = "fmt";

	FormatDialect() {
		super("Rapport formats");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName) ? new PageFormats(context.getLocale()) : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				// One per template run: the locale is the run's.
				return true;
			}
		};
	}
}
