package cn.bjip.outlets.web.rest;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;

/**
 * Dates in query and path parameters, as ISO dates ({@code 2026-05-01}); anything else, {@code 2025-02-30}
 * included, is refused with 400 naming the parameter ({@link RefusalMappers.Unexpected}).
 */
@Provider
public class DateParameters implements ParamConverterProvider {

    private static final ParamConverter<LocalDate> ISO_DATE = new ParamConverter<>() {
        @Override
        public LocalDate fromString(String value) {
            return value == null ? null : LocalDate.parse(value);
        }

        @Override
        public String toString(LocalDate value) {
            return value.toString();
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        return type == LocalDate.class ? (ParamConverter<T>) ISO_DATE : null;
    }
}
