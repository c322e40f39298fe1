package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.NotFound;
import cn.bjip.outlets.platform.StaleVersion;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** Turns the service layer's refusals into HTTP answers in the caller's language. */
public final class RefusalMappers {

    private RefusalMappers() {
    }

    static Locale locale(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .filter(l -> "en".equals(l.getLanguage())).findFirst().orElse(Locale.SIMPLIFIED_CHINESE);
    }

    static Response json(Response.Status status, ErrorBody body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    /** The caller's roles do not allow the operation: 403, whatever page or button led there. */
    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(EJBAccessException e) {
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
}
