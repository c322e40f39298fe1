package cn.bjip.outlets.outlet;

import cn.bjip.outlets.plugin.spi.LocalizedText;

/** The fields of intellectual property an outlet serves (Art. 4 (4), R-4.2). */
public enum IpField {
    PATENT("专利", "Patent"),
    TRADEMARK("商标", "Trademark"),
    GEOGRAPHICAL_INDICATION("地理标志", "Geographical indication");

    private final LocalizedText label;

    IpField(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
