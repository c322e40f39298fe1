package cn.bjip.outlets.reminder;

import cn.bjip.outlets.platform.DateWords;
import cn.bjip.outlets.plugin.spi.LocalizedText;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** What a reminder is about, in both languages; its arguments are texts, dates written ISO and shown per language. */
public enum ReminderKind {
    LEDGER_DUE_SOON("{0}年第{1}季度工作台账须于{2}前报送。", "The ledger of {0} Q{1} is due on {2}."),
    LEDGER_OVERDUE("{0}年第{1}季度工作台账已逾期未报送（截止日期：{2}）。", "The ledger of {0} Q{1} is overdue: it was due on {2}."),
    EXPIRY_90("网点认定有效期将于{0}届满（不足90天），请及时申请续展。",
            "The outlet''s accreditation ends on {0}, in less than 90 days: apply for renewal."),
    EXPIRY_30("网点认定有效期将于{0}届满（不足30天），请尽快申请续展。",
            "The outlet''s accreditation ends on {0}, in less than 30 days: apply for renewal now."),
    RECTIFICATION_DUE("整改期限{0}将至，请报送整改措施。", "The rectification is due on {0}: send your measures."),
    APPLICATION_MOVED("申报书“{0}”的状态已变为：{1}。", "Application “{0}” is now: {2}."),
    EXPERT_ASSIGNED("您已被指派评审申报书“{0}”，请填写评分表。", "You were assigned to score application “{0}”: fill in the score sheet.");

    static final String SEPARATOR = "\t";

    private final LocalizedText template;

    ReminderKind(String zh, String en) {
        this.template = LocalizedText.of(zh, en);
    }

    /** The reminder's text in the language of {@code locale}. */
    public String text(Locale locale, String arguments) {
        Object[] values = arguments.split(SEPARATOR, -1);
        for (int i = 0; i < values.length; i++) {
            values[i] = shownDate((String) values[i], locale);
        }
        return new MessageFormat(template.in(locale), locale).format(values);
    }

    public LocalizedText text(String arguments) {
        return LocalizedText.of(text(Locale.CHINA, arguments), text(Locale.ENGLISH, arguments));
    }

    private static String shownDate(String value, Locale locale) {
        if (value.length() != 10) {
            return value;
        }
        try {
            return DateWords.of(LocalDate.parse(value), locale);
        } catch (DateTimeParseException notADate) {
            return value;
        }
    }
}
