package cn.bjip.outlets.outlet;

import cn.bjip.outlets.plugin.spi.LocalizedText;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A change of the outlet list as the public reads it: accredited, renewed, changed, rectification, removed;
 * the outlet as it was named then and the detail, each in English too where there is English.
 */
public record Announcement(long id, LocalDate effectiveOn, ListChangeKind kind, String outletCode, String outletName,
                           String outletNameEn, String networkType, String detail, String detailEn)
                                   implements Serializable {

    static Announcement of(ListChange c) {
        return new Announcement(c.getId(), c.getEffectiveOn(), c.getKind(), c.getOutletCode(), c.getOutletName(),
                c.getOutletNameEn(), c.getNetworkType(), c.getDetail(), c.getDetailEn());
    }

    public String nameIn(Locale locale) {
        return LocalizedText.orChinese(outletName, outletNameEn).in(locale);
    }

    public String detailIn(Locale locale) {
        return detail == null ? "" : LocalizedText.orChinese(detail, detailEn).in(locale);
    }
}
