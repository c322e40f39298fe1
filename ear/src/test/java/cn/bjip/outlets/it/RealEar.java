package cn.bjip.outlets.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ArchiveFormat;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR this build produced (target/portal.ear): the tests deploy what users deploy. */
final class RealEar {

    static final String WAR = "portal-web.war";
    static final String EJB = "portal-ejb.jar";

    private RealEar() {
    }

    static EnterpriseArchive load() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("portal.ear")));
    }

    /** The real EAR with test classes added to its WAR, which becomes the archive the tests run in. */
    static EnterpriseArchive withTestClasses(Class<?>... classes) {
        EnterpriseArchive ear = load();
        WebArchive war = ear.getAsType(WebArchive.class, WAR, ArchiveFormat.ZIP).addClasses(classes);
        ear.delete(WAR);
        return ear.addAsModule(Testable.archiveToTest(war));
    }

    /** The real EAR with the services' outlet checks switched off ({@link UncheckedOutletScope}). */
    static EnterpriseArchive withoutOutletChecks() {
        EnterpriseArchive ear = load();
        JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB, ArchiveFormat.ZIP).addClass(UncheckedOutletScope.class);
        ear.delete(EJB);
        return ear.addAsModule(ejb);
    }
}
