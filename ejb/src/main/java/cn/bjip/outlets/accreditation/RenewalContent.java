package cn.bjip.outlets.accreditation;

import cn.bjip.outlets.outlet.Outlet;

/** A renewal application starts from what the directory knows of the outlet; the rest the outlet fills in. */
final class RenewalContent {

    private RenewalContent() {
    }

    static ApplicationContent of(Outlet outlet, int roundYear) {
        ApplicationContent content = ApplicationContent.blank(roundYear);
        content.setNameZh(outlet.getNameZh());
        content.setNameEn(outlet.getNameEn());
        content.setNetworkType(outlet.getNetworkType());
        content.setDistrict(outlet.getDistrict());
        content.setAddress(outlet.getAddress());
        content.setPrincipal(outlet.getPrincipal());
        content.setContactPhone(outlet.getContactPhone());
        content.setContactEmail(outlet.getContactEmail());
        content.setMainServices(outlet.getMainServices());
        content.setIpFields(outlet.getIpFields());
        return content;
    }
}
