package cn.bjip.outlets.web.rest;

/** The body of a decision or review step: why. */
public record Reason(String reason) {
}
