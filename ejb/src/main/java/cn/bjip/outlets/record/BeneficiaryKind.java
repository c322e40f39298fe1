package cn.bjip.outlets.record;

import cn.bjip.outlets.plugin.spi.LocalizedText;

/** Who a service was for (Art. 8: the public, innovators and enterprises, specific fields and industries). */
public enum BeneficiaryKind {
    PUBLIC("社会公众", "General public"),
    ENTERPRISE("企业", "Enterprises"),
    UNIVERSITY_OR_INSTITUTE("高校院所", "Universities and institutes"),
    STUDENTS_AND_FACULTY("师生", "Students and faculty"),
    INDIVIDUAL_INNOVATOR("个人创新者", "Individual innovators"),
    MEMBER_UNIT("成员（会员）单位", "Member units"),
    GOVERNMENT("政府部门", "Government");

    private final LocalizedText label;

    BeneficiaryKind(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
