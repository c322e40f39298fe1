package cn.bjip.outlets.plugin.spi;

/** One allowed value of a choice field: the stored value and its label. */
public record Choice(String value, LocalizedText label) {

    public static Choice of(String value, String zh, String en) {
        return new Choice(value, LocalizedText.of(zh, en));
    }
}
