package cn.bjip.outlets.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Whether an Office document carries macros (a VBA project), whatever its name says: an OOXML package with a
 * {@code vbaProject.bin} part, or an OLE2 document (.doc, .xls, .ppt) with a macro storage. A document that cannot be
 * opened is reported as such: what cannot be inspected is not accepted.
 */
final class OfficeMacros {

    private static final Pattern OOXML_VBA = Pattern.compile("(?i)/(word|xl|ppt)/vbaProject\\.bin|/xl/macrosheets/.*");

    private OfficeMacros() {
    }

    enum Finding { NONE, MACROS, UNREADABLE }

    static Finding inspect(boolean ooxml, byte[] bytes) {
        if (!ooxml && !isOle2(bytes)) {
            return Finding.NONE;
        }
        try {
            boolean macros;
            if (ooxml) {
                ZipLimits.apply();
                try (OPCPackage document = OPCPackage.open(new ByteArrayInputStream(bytes))) {
                    macros = !document.getPartsByName(OOXML_VBA).isEmpty();
                }
            } else {
                try (POIFSFileSystem document = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
                    DirectoryNode root = document.getRoot();
                    macros = root.hasEntry("Macros") || root.hasEntry("_VBA_PROJECT_CUR") || root.hasEntry("VBA");
                }
            }
            return macros ? Finding.MACROS : Finding.NONE;
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException unreadable) {
            return Finding.UNREADABLE;
        }
    }

    private static boolean isOle2(byte[] bytes) {
        byte[] magic = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1};
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
