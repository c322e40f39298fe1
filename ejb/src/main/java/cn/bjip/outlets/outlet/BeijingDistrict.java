package cn.bjip.outlets.outlet;

import cn.bjip.outlets.plugin.spi.LocalizedText;

/** The sixteen districts of Beijing (Art. 4 (1): an outlet works within Beijing's administrative area). */
public enum BeijingDistrict {
    DONGCHENG("东城区", "Dongcheng"),
    XICHENG("西城区", "Xicheng"),
    CHAOYANG("朝阳区", "Chaoyang"),
    HAIDIAN("海淀区", "Haidian"),
    FENGTAI("丰台区", "Fengtai"),
    SHIJINGSHAN("石景山区", "Shijingshan"),
    MENTOUGOU("门头沟区", "Mentougou"),
    FANGSHAN("房山区", "Fangshan"),
    TONGZHOU("通州区", "Tongzhou"),
    SHUNYI("顺义区", "Shunyi"),
    CHANGPING("昌平区", "Changping"),
    DAXING("大兴区", "Daxing"),
    HUAIROU("怀柔区", "Huairou"),
    PINGGU("平谷区", "Pinggu"),
    MIYUN("密云区", "Miyun"),
    YANQING("延庆区", "Yanqing");

    private final LocalizedText label;

    BeijingDistrict(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
