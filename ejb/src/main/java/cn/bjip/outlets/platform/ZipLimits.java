package cn.bjip.outlets.platform;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The limits POI holds every Office package (zip) to when the portal reads one, an import or an uploaded document:
 * zip bombs (inflation ratio), oversized entries and too many entries are refused before they fill the heap. POI keeps
 * them per JVM, so they are set once, before the first package is opened, by whoever opens one.
 */
public final class ZipLimits {

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(32L * 1024 * 1024);
        ZipSecureFile.setMaxFileCount(1000);
    }

    private ZipLimits() {
    }

    /** Makes sure the limits are in force (the first call sets them). */
    public static void apply() {
        // the static initializer did it
    }
}
