package cn.bjip.outlets.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("UX-3")
class DateWordsTest {

    @Test
    @DisplayName("UX-3 dates and quarters in words of the page's language: Chinese unless English")
    void words() {
        LocalDate day = LocalDate.of(2026, 9, 5);
        assertEquals("2026年9月5日", DateWords.of(day, Locale.CHINA));
        assertEquals("5 Sep 2026", DateWords.of(day, Locale.ENGLISH));
        assertEquals("2026年9月5日", DateWords.of(day, Locale.GERMAN));
        assertEquals("", DateWords.of(null, Locale.CHINA));
        assertEquals("2026年第一季度", DateWords.quarter(2026, 1, Locale.CHINA));
        assertEquals("Q3 2026", DateWords.quarter(2026, 3, Locale.ENGLISH));
        assertThrows(IllegalArgumentException.class, () -> DateWords.quarter(2026, 5, Locale.CHINA));
    }
}
