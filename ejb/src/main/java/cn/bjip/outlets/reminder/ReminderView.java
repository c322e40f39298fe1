package cn.bjip.outlets.reminder;

import cn.bjip.outlets.plugin.spi.LocalizedText;
import java.time.Instant;

/**
 * A reminder as its recipient sees it: the text in both languages, where to act, when, and what became of its e-mail
 * ({@code null} while it waits to be sent).
 */
public record ReminderView(long id, ReminderKind kind, LocalizedText text, String link, Instant at, Reminder.MailResult mail) {

    static ReminderView of(Reminder reminder) {
        return new ReminderView(reminder.getId(), reminder.getKind(), reminder.getKind().text(reminder.getArguments()),
                reminder.getLink(), reminder.getCreatedAt(), reminder.getMailResult());
    }
}
