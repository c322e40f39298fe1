package cn.bjip.outlets.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an uploaded supporting document by its content, not by what the client claims: it must not be empty or
 * over the size limit, its bytes must be one of the accepted kinds, and its file name extension must be that kind.
 */
public final class UploadCheck {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int MAX_NAME = 200;

    /** The accepted kinds of document, each known by its leading bytes. */
    public enum DocumentType {
        PDF("%PDF-".getBytes(StandardCharsets.US_ASCII), "pdf"),
        PNG(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, "png"),
        JPEG(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, "jpg", "jpeg"),
        OFFICE_XML(new byte[] {'P', 'K', 3, 4}, "docx", "xlsx", "pptx"),
        OFFICE_LEGACY(new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1,
                (byte) 0xb1, 0x1a, (byte) 0xe1}, "doc", "xls", "ppt");

        private final byte[] magic;
        private final String[] extensions;

        DocumentType(byte[] magic, String... extensions) {
            this.magic = magic;
            this.extensions = extensions;
        }

        boolean matches(byte[] bytes) {
            return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
        }

        static Optional<DocumentType> byExtension(String extension) {
            return Arrays.stream(values()).filter(t -> Arrays.asList(t.extensions).contains(extension)).findFirst();
        }
    }

    private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("doc", "application/msword"), Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"));

    /** A document that passed: its safe name, its media type (from its checked kind and extension), size and digest. */
    public record Accepted(String fileName, String mediaType, long size, String sha256) {
    }

    private UploadCheck() {
    }

    public static Accepted check(String fileName, byte[] bytes) {
        String name = safeName(fileName);
        if (bytes == null || bytes.length == 0) {
            throw new BusinessRuleViolation("upload.empty", "file", name);
        }
        if (bytes.length > MAX_BYTES) {
            throw new BusinessRuleViolation("upload.tooLarge", "file", name, MAX_BYTES / (1024 * 1024));
        }
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        DocumentType declared = DocumentType.byExtension(extension)
                .orElseThrow(() -> new BusinessRuleViolation("upload.typeNotAccepted", "file", name));
        if (!declared.matches(bytes)) {
            throw new BusinessRuleViolation("upload.contentMismatch", "file", name, extension.toUpperCase(Locale.ROOT));
        }
        switch (OfficeMacros.inspect(declared == DocumentType.OFFICE_XML, bytes)) {
            case MACROS -> throw new BusinessRuleViolation("upload.macros", "file", name);
            case UNREADABLE -> throw new BusinessRuleViolation("upload.contentMismatch", "file", name,
                    extension.toUpperCase(Locale.ROOT));
            case NONE -> { }
        }
        return new Accepted(name, MEDIA_TYPES.get(extension), bytes.length, sha256(bytes));
    }

    /** The last path segment of the name the client sent, without control characters, at most 200 characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
