package cn.bjip.outlets.outlet;

import cn.bjip.outlets.plugin.spi.LocalizedText;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * A listed outlet as the public sees it: the outlet's service contacts, no people's names, no internal ids, no staff
 * counts. {@code validUntil} is the last day of its accreditation.
 */
public record ListedOutlet(String code, String name, String nameEn, String networkType, BeijingDistrict district,
                           String address, Set<IpField> ipFields, String phone, String email, String mainServices,
                           String serviceHours, LocalDate accreditedOn, LocalDate validUntil) implements Serializable {

    static ListedOutlet of(Outlet outlet) {
        return new ListedOutlet(outlet.getCode(), outlet.getNameZh(), outlet.getNameEn(), outlet.getNetworkType(),
                outlet.getDistrict(), outlet.getAddress(), Set.copyOf(outlet.getIpFields()), outlet.getContactPhone(),
                outlet.getContactEmail(), outlet.getMainServices(), outlet.getServiceHours(), outlet.getAccreditedOn(),
                outlet.getExpiresOn().minusDays(1));
    }

    /** The English name in English, where the outlet has one; the Chinese name otherwise. */
    public String nameIn(Locale locale) {
        return LocalizedText.orChinese(name, nameEn).in(locale);
    }
}
