package cn.bjip.outlets.accreditation;

import cn.bjip.outlets.outlet.Outlet;

/** A renewal application starts from what the directory knows of the outlet; the rest the outlet fills in. */
final class RenewalContent {

    private RenewalContent() {
    }

    static ApplicationContent of(Outlet outlet, int roundYear) {
        ApplicationContent content = ApplicationContent.blank(roundYear);
        content.takeProfile(outlet.getProfile());
        content.setNetworkType(outlet.getNetworkType());
        content.setIpFields(outlet.getIpFields());
        return content;
    }
}
