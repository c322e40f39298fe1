package cn.bjip.outlets.plugin.spi;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** A text in Chinese (the default) and English. */
public record LocalizedText(String zh, String en) implements Serializable {

    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    /** {@code zh} and {@code en}; {@code zh} in both languages where there is no English (a name with no translation). */
    public static LocalizedText orChinese(String zh, String en) {
        return new LocalizedText(zh, en == null || en.isBlank() ? zh : en);
    }

    /** English for an English locale, Chinese for everything else. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }
}
