package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every REST method that writes ({@link RestEndpoints}, found by reflection), gets a corpus of hostile
 * bodies: broken JSON, an array for an object, JSON nested too deep or too large, and for each property of the body
 * a value of the wrong type (a text for a number, a fraction or an overflow for an integer, "yes" for a yes/no, an
 * impossible date, an unknown enum name, an object for a list), NUL and zero-width-only texts. Every answer is a 4xx
 * JSON refusal (naming the property where one property is wrong), and the database is unchanged afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("RS-4")
@Tag("UX-1")
class HostileApiIT {

    /** A year every year-taking path accepts. */
    private static final String YEAR = "2025";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    record Endpoint(String method, String path, Class<?> resource, Type body) {
        String caller() {
            return path.startsWith("api/records") || path.startsWith("api/ledgers/mine") || path.startsWith("api/summaries/mine")
                    || path.startsWith("api/changes") ? "library-staff" : path.startsWith("api/applications") ? "applicant" : "office";
        }
    }

    record Attempt(Endpoint endpoint, String label, String body, String expectedField) {
    }

    @BeforeAll
    static void outlet() throws Exception {
        Portal.ensureLibraryOutlet();
    }

    /** Every POST, PUT, PATCH and DELETE that takes a body. */
    static List<Endpoint> writingEndpoints() throws Exception {
        return RestEndpoints.all().stream().filter(e -> e.writes() && e.body() != null)
                .map(e -> new Endpoint(e.method(), RestEndpoints.filled(e.template(), HostileApiIT::pathValue), e.resource(), e.body()))
                .toList();
    }

    private static String pathValue(String name) {
        return switch (name) {
            case "type" -> "library";
            case "code", "outlet" -> "BJ-LIBRARY-001";
            case "year" -> YEAR;
            case "quarter" -> "1";
            case "form" -> "outreachEvent";
            default -> "1";
        };
    }

    /** The properties a JSON body of {@code type} has: a record's components, else its fields. */
    private static Map<String, Type> properties(Type type) {
        Map<String, Type> properties = new LinkedHashMap<>();
        if (!(type instanceof Class<?> c) || c.isPrimitive() || c.getName().startsWith("java.") || c.isArray()) {
            return properties;
        }
        if (c.isRecord()) {
            for (var component : c.getRecordComponents()) {
                properties.put(component.getName(), component.getGenericType());
            }
            return properties;
        }
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field field : k.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                    properties.putIfAbsent(field.getName(), field.getGenericType());
                }
            }
        }
        return properties;
    }

    /** JSON values of the wrong kind for a property of {@code type}, each with its label. */
    private static Map<String, String> wrongValues(Type type) {
        Map<String, String> wrong = new LinkedHashMap<>();
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : type instanceof Class<?> c ? c : Object.class;
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class || raw == short.class) {
            wrong.put("text for an integer", "\"abc\"");
            wrong.put("fraction for an integer", "1.5");
            wrong.put("overflow", "4294967299123456789");
        } else if (raw == boolean.class || raw == Boolean.class) {
            wrong.put("yes for a yes/no", "\"yes\"");
            wrong.put("number for a yes/no", "1");
        } else if (raw == String.class) {
            wrong.put("number for a text", "5");
            wrong.put("object for a text", "{}");
        } else if (raw == LocalDate.class) {
            wrong.put("impossible date", "\"2025-02-30\"");
            wrong.put("number for a date", "20250101");
        } else if (raw.isEnum()) {
            wrong.put("unknown enum name", "\"NO_SUCH_VALUE\"");
        } else if (raw == BigDecimal.class) {
            wrong.put("text for a number", "\"zwölf\"");
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            wrong.put("object for a list", "{\"a\":1}");
        } else if (!raw.getName().startsWith("java.") && raw != Object.class) {
            wrong.put("array for an object", "[1]");
        }
        return wrong;
    }

    private static List<Attempt> corpus(Endpoint endpoint) {
        List<Attempt> attempts = new ArrayList<>();
        attempts.add(new Attempt(endpoint, "broken JSON", "{\"a\":", null));
        attempts.add(new Attempt(endpoint, "array for the body", "[]", null));
        attempts.add(new Attempt(endpoint, "nested 1000 deep", "{\"x\":" + "[".repeat(1000) + "]".repeat(1000) + "}", null));
        attempts.add(new Attempt(endpoint, "2 MB body", "{\"x\":\"" + "a".repeat(2_000_000) + "\"}", null));
        Map<String, Type> properties = properties(endpoint.body());
        for (Map.Entry<String, Type> property : properties.entrySet()) {
            wrongValues(property.getValue()).forEach((label, value) -> attempts.add(new Attempt(endpoint,
                    label + " in " + property.getKey(), "{\"" + property.getKey() + "\":" + value + "}", property.getKey())));
        }
        for (String text : List.of("a\\u0000b", "\\u200b\\u200b", "   ", "a\\u0007b")) {
            StringBuilder json = new StringBuilder("{");
            properties.forEach((name, type) -> {
                if (type == String.class) {
                    json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":\"").append(text).append('"');
                }
            });
            attempts.add(new Attempt(endpoint, "every text = " + text, json.append('}').toString(), null));
        }
        return attempts;
    }

    @Test
    @DisplayName("RS-4 UX-1 every writing REST method refuses every hostile body with a 4xx JSON naming the field, and nothing is stored")
    void hostileBodiesAreRefused() throws Exception {
        List<Endpoint> endpoints = writingEndpoints();
        assertTrue(endpoints.size() >= 25, "the corpus found the writing methods: " + endpoints.size());
        Map<String, String> tokens = new LinkedHashMap<>();
        TreeMap<String, String> before = TestDatabase.fingerprint();
        List<String> wrong = new ArrayList<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        int requests = 0;
        for (Endpoint endpoint : endpoints) {
            String token = tokens.computeIfAbsent(endpoint.caller(), PortalToken::of);
            boolean json = endpoint.body() != byte[].class;
            List<Attempt> attempts = json ? corpus(endpoint)
                    : List.of(new Attempt(endpoint, "garbage bytes", "\u0000\u0001PK\u0003\u0004garbage", null));
            for (Attempt attempt : attempts) {
                HttpResponse<String> answer = Portal.send(Portal.request(endpoint.path(), token)
                        .header("Content-Type", json ? "application/json" : "application/octet-stream")
                        .header("Accept-Language", "zh-CN")
                        .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(attempt.body())).build());
                requests++;
                byStatus.merge(answer.statusCode(), 1, Integer::sum);
                String problem = problem(attempt, answer);
                if (problem != null) {
                    wrong.add(endpoint.method() + " " + endpoint.path() + " [" + attempt.label() + "] → "
                            + answer.statusCode() + " " + problem + ": " + abbreviated(answer.body()));
                }
            }
        }
        TreeMap<String, String> after = TestDatabase.fingerprint();
        String summary = "writing methods: %d, requests: %d, answers by status: %s".formatted(endpoints.size(), requests, byStatus);
        java.nio.file.Path reports = Files.createDirectories(java.nio.file.Path.of(System.getProperty("portal.reports")));
        Files.writeString(reports.resolve("hostile-api.txt"), summary + "\n" + String.join("\n", wrong) + "\n");
        System.out.println("Hostile REST corpus: " + summary);
        assertTrue(wrong.isEmpty(), wrong.size() + " answers were not clear refusals:\n" + String.join("\n", wrong));
        assertEquals(before, after, "the database is unchanged");
    }

    private static String problem(Attempt attempt, HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status < 400 || status >= 500) {
            return "not a 4xx";
        }
        if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            return "not JSON";
        }
        JsonObject body;
        try {
            body = Portal.json(answer.body());
        } catch (RuntimeException e) {
            return "unreadable JSON";
        }
        if (!body.containsKey("errors") || body.getJsonArray("errors").isEmpty()) {
            return "no errors listed";
        }
        if (attempt.expectedField() != null && status == 400 && body.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field", "")).noneMatch(f -> f.startsWith(attempt.expectedField()))) {
            return "does not name " + attempt.expectedField();
        }
        return null;
    }

    private static String abbreviated(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** Tokens by user name, taken once per test. */
    private static final class PortalToken {
        static String of(String username) {
            try {
                return Portal.token(username);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
