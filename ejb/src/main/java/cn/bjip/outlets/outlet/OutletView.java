package cn.bjip.outlets.outlet;

import cn.bjip.outlets.plugin.spi.LocalizedText;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/** An outlet as pages, the API and exports show it: its details and standing, never the entity. */
public record OutletView(String code, String nameZh, String nameEn, String networkType, BeijingDistrict district,
                         String address, String principal, String contactPhone, String contactEmail,
                         Set<IpField> ipFields, int fullTimeStaff, int partTimeStaff, String mainServices,
                         LocalDate accreditedOn, LocalDate expiresOn, OutletStatus status) implements Serializable {

    public static OutletView of(Outlet o) {
        return new OutletView(o.getCode(), o.getNameZh(), o.getNameEn(), o.getNetworkType(), o.getDistrict(),
                o.getAddress(), o.getPrincipal(), o.getContactPhone(), o.getContactEmail(), Set.copyOf(o.getIpFields()),
                o.getFullTimeStaff(), o.getPartTimeStaff(), o.getMainServices(), o.getAccreditedOn(), o.getExpiresOn(),
                o.getStatus());
    }

    /** The last day of the accreditation (the day before it expires). */
    public LocalDate validUntil() {
        return expiresOn == null ? null : expiresOn.minusDays(1);
    }

    /** The English name in English, where the outlet has one; the Chinese name otherwise. */
    public String nameIn(Locale locale) {
        return LocalizedText.orChinese(nameZh, nameEn).in(locale);
    }
}
