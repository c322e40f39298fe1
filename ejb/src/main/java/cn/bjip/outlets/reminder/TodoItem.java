package cn.bjip.outlets.reminder;

import java.time.LocalDate;

/**
 * One line of a to-do list: what waits ({@code what}, a key the pages name in words: {@code todo.<what>}), how many,
 * the page where it is done, and the date it is due by, if it has one.
 */
public record TodoItem(String what, long count, String link, LocalDate dueOn) {
}
