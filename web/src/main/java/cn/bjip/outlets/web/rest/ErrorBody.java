package cn.bjip.outlets.web.rest;

import java.util.List;

/** What the API answers when it refuses a request: one entry per offending field (field null: the whole request). */
public record ErrorBody(List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    public static ErrorBody of(String field, String message) {
        return new ErrorBody(List.of(new FieldError(field, message)));
    }
}
