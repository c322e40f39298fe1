package cn.bjip.outlets.record;

import cn.bjip.outlets.outlet.Outlet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.function.Predicate;

/** Every {@link RecordLock} of the portal, asked as one. */
@ApplicationScoped
class RecordLocks {

    @Inject
    @Any
    private Instance<RecordLock> locks;

    Predicate<LocalDate> lockedDays(Outlet outlet) {
        Predicate<LocalDate> locked = day -> false;
        for (RecordLock lock : locks) {
            locked = locked.or(lock.lockedDays(outlet));
        }
        return locked;
    }

    void refuseChange(Outlet outlet, LocalDate day) {
        locks.forEach(lock -> lock.refuseChange(outlet, day));
    }
}
