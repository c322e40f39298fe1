package cn.bjip.outlets.plugin.spi;

import java.io.Serializable;

/** One allowed value of a choice field: the stored value and its label. */
public record Choice(String value, LocalizedText label) implements Serializable {

    public static Choice of(String value, String zh, String en) {
        return new Choice(value, LocalizedText.of(zh, en));
    }
}
