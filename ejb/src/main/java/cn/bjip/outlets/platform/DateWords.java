package cn.bjip.outlets.platform;

import cn.bjip.outlets.plugin.spi.LocalizedText;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, months, quarters and years as people read them: "2026年9月15日" and "15 Sep 2026", "2026年第二季度" and "Q2 2026". */
public final class DateWords {

    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter EN_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final String[] ZH_QUARTERS = {"一", "二", "三", "四"};

    private DateWords() {
    }

    /** {@code day} in the language of {@code locale}, Chinese unless English; empty for none. */
    public static String of(LocalDate day, Locale locale) {
        return day == null ? "" : (english(locale) ? EN : ZH).format(day);
    }

    public static LocalizedText of(LocalDate day) {
        return LocalizedText.of(of(day, Locale.CHINA), of(day, Locale.ENGLISH));
    }

    /** Quarter 1–4 of {@code year} in the language of {@code locale}. */
    public static String quarter(int year, int quarter, Locale locale) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        return english(locale) ? "Q" + quarter + " " + year : year + "年第" + ZH_QUARTERS[quarter - 1] + "季度";
    }

    /** A month in the language of {@code locale}: "2026年5月", "May 2026". */
    public static String month(YearMonth month, Locale locale) {
        return english(locale) ? month.format(EN_MONTH) : month.getYear() + "年" + month.getMonthValue() + "月";
    }

    /** A year in the language of {@code locale}: "2026年", "2026". */
    public static String year(int year, Locale locale) {
        return english(locale) ? String.valueOf(year) : year + "年";
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
