package cn.bjip.outlets.web.guard;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import jakarta.json.Json;
import java.util.Locale;
import java.util.ResourceBundle;

/** Answers a request refused in the handler chain: JSON like the API's other refusals, in the caller's language. */
final class Refusal {

    private Refusal() {
    }

    static void send(HttpServerExchange exchange, int status, String messageKey) {
        String message = text(exchange, messageKey);
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json;charset=UTF-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send(Json.createObjectBuilder().add("errors", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("message", message))).build().toString());
    }

    private static String text(HttpServerExchange exchange, String key) {
        String languages = exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE);
        boolean english = languages != null && languages.strip().toLowerCase(Locale.ROOT).startsWith("en");
        return ResourceBundle.getBundle("cn.bjip.outlets.web.messages", english ? Locale.ENGLISH : Locale.forLanguageTag("zh"),
                Refusal.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }
}
