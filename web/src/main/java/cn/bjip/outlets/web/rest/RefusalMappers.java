package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.NotFound;
import cn.bjip.outlets.platform.StaleVersion;
import cn.bjip.outlets.web.failure.Failure;
import cn.bjip.outlets.web.failure.RefusalLog;
import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the service layer's refusals and every other failure into HTTP answers in the caller's language: JSON
 * {@link ErrorBody} always, 4xx for anything a client can send, and 500 only for a fault of ours, with an incident
 * number that the server log holds (never an exception's text).
 */
public final class RefusalMappers {

    private RefusalMappers() {
    }

    static Locale locale(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .filter(l -> "en".equals(l.getLanguage())).findFirst().orElse(Locale.SIMPLIFIED_CHINESE);
    }

    static Response json(Response.Status status, ErrorBody body) {
        return json(status.getStatusCode(), body);
    }

    static Response json(int status, ErrorBody body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    /** A text of the web bundle, in the caller's language. */
    static String text(HttpHeaders headers, String key, Object... arguments) {
        Locale locale = locale(headers);
        ResourceBundle bundle = ResourceBundle.getBundle("cn.bjip.outlets.web.messages",
                "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("zh"),
                RefusalMappers.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : bundle.getString("api.badRequest");
        return new java.text.MessageFormat(pattern, locale).format(arguments);
    }

    /** The caller's roles do not allow the operation: 403, whatever page or button led there. */
    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Context
        private HttpHeaders headers;
        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(EJBAccessException e) {
            RefusalLog.current().denied(e, request.getMethod(), request.getRequestURI());
            boolean english = "en".equals(locale(headers).getLanguage());
            return json(Response.Status.FORBIDDEN,
                    ErrorBody.of(null, english ? "Your role does not allow this." : "您的角色无权执行此操作。"));
        }
    }

    /** 404 for what does not exist or is not the caller's, 409 for a stale version, 400 with every field otherwise. */
    @Provider
    public static class RuleViolated implements ExceptionMapper<BusinessRuleViolation> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(BusinessRuleViolation e) {
            Locale locale = locale(headers);
            Response.Status status = e instanceof NotFound ? Response.Status.NOT_FOUND
                    : e instanceof StaleVersion ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
            return json(status, new ErrorBody(e.all().stream()
                    .map(v -> new ErrorBody.FieldError(v.field(), v.message(locale))).toList()));
        }
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return json(Response.Status.BAD_REQUEST, new ErrorBody(e.getConstraintViolations().stream()
                    .map(v -> new ErrorBody.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                    .toList()));
        }

        private static String lastNode(String path) {
            return path.substring(path.lastIndexOf('.') + 1);
        }
    }

    /**
     * Everything else: a request body that is not JSON or not of the expected shape or types (400, naming the
     * property), a query or path parameter that cannot be read (400, naming it), the answers of JAX-RS itself (404,
     * 405, 406, 415, 413), refusals that reach here wrapped (at commit time), and faults of ours (500 + incident).
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        private static final Pattern PROPERTY = Pattern.compile("^Unable to deserialize property '([^']+)'");
        private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("^Json property (\\S+) can not be mapped to a class");
        private static final Pattern PARAMETER = Pattern.compile("(?:Query|Path|Header|Form|Matrix)Param\\(\"([^\"]+)\"\\)");
        private static final Pattern DETAIL = Pattern.compile("\\bjson\\.(?:number|integer|boolean|text|enum|control|hollow)\\b");

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(Throwable thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof EJBAccessException denied) {
                    AccessDenied mapper = new AccessDenied();
                    mapper.headers = headers;
                    return mapper.toResponse(denied);
                }
                if (cause instanceof BusinessRuleViolation refused) {
                    RuleViolated mapper = new RuleViolated();
                    mapper.headers = headers;
                    return mapper.toResponse(refused);
                }
                if (cause instanceof ConstraintViolationException invalid) {
                    return new InvalidInput().toResponse(invalid);
                }
                if (cause instanceof WebApplicationException answered && cause != thrown) {
                    return answer(answered);
                }
                if (cause instanceof JsonException || cause instanceof JsonbException) {
                    return unreadableBody(thrown);
                }
            }
            if (thrown instanceof WebApplicationException answered) {
                return answer(answered);
            }
            if (thrown instanceof ProcessingException) {
                return unreadableBody(thrown);
            }
            Failure failure = Failure.of(thrown, "the REST API");
            return json(Response.Status.INTERNAL_SERVER_ERROR,
                    ErrorBody.of(null, text(headers, "api.incident", failure.incident())));
        }

        private Response answer(WebApplicationException answered) {
            Response given = answered.getResponse();
            if (given.hasEntity()) {
                return given;
            }
            Matcher parameter = PARAMETER.matcher(String.valueOf(answered.getMessage()));
            if (parameter.find()) {
                return json(Response.Status.BAD_REQUEST, ErrorBody.of(parameter.group(1),
                        text(headers, "api.parameter", parameter.group(1))));
            }
            int status = given.getStatus();
            String key = switch (status) {
                case 404 -> "api.notFound";
                case 405 -> "api.method";
                case 406 -> "api.notAcceptable";
                case 413 -> "json.tooLarge";
                case 415 -> "api.mediaType";
                default -> status >= 500 ? "api.unavailable" : "api.badRequest";
            };
            return json(status, ErrorBody.of(null, text(headers, key)));
        }

        /** The body could not be bound: name the property (outermost first, as Yasson wraps) and why. */
        private Response unreadableBody(Throwable thrown) {
            List<String> path = new ArrayList<>();
            String detail = "json.malformed";
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                String message = String.valueOf(cause.getMessage());
                Matcher property = PROPERTY.matcher(message);
                Matcher unknown = UNKNOWN_PROPERTY.matcher(message);
                if (property.find()) {
                    path.add(property.group(1));
                } else if (unknown.find()) {
                    path.add(unknown.group(1));
                }
                Matcher key = DETAIL.matcher(message);
                if (key.find()) {
                    detail = key.group();
                } else if (cause instanceof DateTimeException) {
                    detail = "json.date";
                } else if (message.contains("Incorrect position") || message.contains("Cannot deserialize")) {
                    detail = "json.shape";
                } else if (unknown.find(0)) {
                    detail = "json.unknown";
                } else if (message.contains("nested")) {
                    detail = "json.tooDeep";
                }
            }
            String field = path.isEmpty() ? null : String.join(".", path);
            String reason = text(headers, detail);
            return json(Response.Status.BAD_REQUEST, ErrorBody.of(field, field == null
                    ? text(headers, "json.body", reason) : text(headers, "json.field", field, reason)));
        }
    }
}
