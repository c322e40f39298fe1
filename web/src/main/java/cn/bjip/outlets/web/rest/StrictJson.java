package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.platform.PlainText;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * JSON binding that takes values as they are or refuses them, never coerces: an integer must be a whole JSON number in
 * range (4294967299 is not 3, 1.5 is not 1), a yes/no must be {@code true} or {@code false} (not "yes"), a text must be
 * a JSON string without control characters (NUL included) that is not only white space or invisible characters, an enum one of its names, and a property the type does
 * not have is refused rather than ignored. Each refusal carries the key of its reason in the web bundle; Yasson adds
 * the property's name, and {@link RefusalMappers.Unexpected} answers 400 with both.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    /** Yasson's name for refusing a property the body's type does not have (an unknown one would be ignored). */
    private static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withDeserializers(
            new WholeNumber(), new LongNumber(), new YesNo(), new Text(), new EnumName())
            .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** The number at the parser, or {@code null} for JSON {@code null}. */
    static BigDecimal number(JsonParser parser) {
        JsonValue value = parser.getValue();
        if (value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw new JsonbException("json.number");
        }
        return number.bigDecimalValue();
    }

    /** The text at the parser, or {@code null} for JSON {@code null}. */
    static String string(JsonParser parser, String refusal) {
        JsonValue value = parser.getValue();
        if (value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new JsonbException(refusal);
        }
        return string.getString();
    }

    /** A whole number in the range {@code exact} allows, or {@code null} for JSON {@code null}. */
    static <T> T whole(JsonParser parser, Function<BigDecimal, T> exact) {
        BigDecimal number = number(parser);
        try {
            return number == null ? null : exact.apply(number);
        } catch (ArithmeticException fractionOrOverflow) {
            throw new JsonbException("json.integer");
        }
    }

    static class WholeNumber implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return whole(parser, BigDecimal::intValueExact);
        }
    }

    static class LongNumber implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return whole(parser, BigDecimal::longValueExact);
        }
    }

    static class YesNo implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            throw new JsonbException("json.boolean");
        }
    }

    static class Text implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            String text = string(parser, "json.text");
            if (text == null) {
                return null;
            }
            if (PlainText.hasControlCharacters(text)) {
                throw new JsonbException("json.control");
            }
            if (PlainText.isHollow(text)) {
                throw new JsonbException("json.hollow");
            }
            return text;
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static class EnumName implements JsonbDeserializer<Enum> {
        @Override
        public Enum deserialize(JsonParser parser, DeserializationContext context, Type type) {
            String name = string(parser, "json.enum");
            if (name == null) {
                return null;
            }
            try {
                return Enum.valueOf((Class) type, name);
            } catch (IllegalArgumentException e) {
                throw new JsonbException("json.enum");
            }
        }
    }
}
