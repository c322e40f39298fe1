package cn.bjip.outlets.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("RS-4")
class PlainTextTest {

    @Test
    @DisplayName("RS-4 NUL and other control characters are refused; tabs and line breaks are text")
    void controlCharacters() {
        assertTrue(PlainText.hasControlCharacters("a\u0000b"));
        assertTrue(PlainText.hasControlCharacters("bell\u0007"));
        assertTrue(PlainText.hasControlCharacters("c1\u0085"));
        assertFalse(PlainText.hasControlCharacters("两行\n摘要\t并\r\n列"));
        assertEquals("text.control", PlainText.problem("summary", "x\u0000").messageKey());
    }

    @Test
    @DisplayName("RS-4 a text of only white space or invisible characters is hollow; empty is not, real text is not")
    void hollowText() {
        assertTrue(PlainText.isHollow("\u200b\u200b"));
        assertTrue(PlainText.isHollow(" \u3000\u00a0\ufeff"));
        assertFalse(PlainText.isHollow(""));
        assertFalse(PlainText.isHollow(" 展览 "));
        assertEquals("text.hollow", PlainText.problem("title", "\u200d").messageKey());
        assertNull(PlainText.problem("title", "专利讲座"));
        assertNull(PlainText.problem("title", null));
    }
}
