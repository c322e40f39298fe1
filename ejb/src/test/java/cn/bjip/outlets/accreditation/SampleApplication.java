package cn.bjip.outlets.accreditation;

import cn.bjip.outlets.outlet.BeijingDistrict;
import cn.bjip.outlets.outlet.IpField;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** An application content that meets every Art. 4 condition for a 2026 round. */
final class SampleApplication {

    private SampleApplication() {
    }

    static ApplicationContent eligible() {
        ApplicationContent content = new ApplicationContent();
        content.setNameZh("北京示例大学图书馆");
        content.setNetworkType("university");
        content.setDistrict(BeijingDistrict.HAIDIAN);
        content.setAddress("北京市海淀区学院路 1 号");
        content.setPrincipal("李明");
        content.setContactPhone("010-62000000");
        content.setIpFields(EnumSet.of(IpField.PATENT, IpField.TRADEMARK));
        content.setResources(List.of(new DeclaredResource(IpField.PATENT, ResourceKind.DATABASE, "incoPat"),
                new DeclaredResource(IpField.PATENT, ResourceKind.ANALYSIS_TOOL, "Innography"),
                new DeclaredResource(IpField.TRADEMARK, ResourceKind.DATABASE, "中国商标网"),
                new DeclaredResource(IpField.TRADEMARK, ResourceKind.SEARCH_TOOL, "商标检索系统")));
        content.setTeam(List.of(new TeamMember("王一", "馆员", true, 5), new TeamMember("王二", "馆员", true, 3),
                new TeamMember("王三", "馆员", true, 1), new TeamMember("王四", "研究生助理", false, 0)));
        content.setWorkSystem("《知识产权信息服务工作规范》");
        content.setFacilitySite("服务大厅 200 平方米");
        content.setFacilityNetwork("千兆校园网");
        content.setFacilityHardware("检索终端 20 台");
        content.setFacilitySoftware("专利分析软件");
        List<ActivityYear> activity = new ArrayList<>();
        for (int year = 2023; year <= 2025; year++) {
            ActivityYear counts = new ActivityYear(year);
            counts.setInformationQuery(100);
            activity.add(counts);
        }
        content.setActivity(activity);
        return content;
    }
}
