package cn.bjip.outlets.outlet;

import java.time.LocalDate;
import java.util.Set;

/**
 * A listed outlet as the public sees it: the outlet's service contacts, no people's names, no internal ids, no staff
 * counts. {@code validUntil} is the last day of its accreditation.
 */
public record ListedOutlet(String code, String name, String nameEn, String networkType, BeijingDistrict district,
                           String address, Set<IpField> ipFields, String phone, String email, String mainServices,
                           LocalDate accreditedOn, LocalDate validUntil) {

    static ListedOutlet of(Outlet outlet) {
        return new ListedOutlet(outlet.getCode(), outlet.getNameZh(), outlet.getNameEn(), outlet.getNetworkType(),
                outlet.getDistrict(), outlet.getAddress(), Set.copyOf(outlet.getIpFields()), outlet.getContactPhone(),
                outlet.getContactEmail(), outlet.getMainServices(), outlet.getAccreditedOn(),
                outlet.getExpiresOn().minusDays(1));
    }
}
