package cn.bjip.outlets.web.rest;

/**
 * The content types the upload endpoints take. None of them is one a cross-site HTML form or a "simple" cross-site
 * {@code fetch} may send ({@code text/plain}, form encodings), so a browser cannot post an upload for another site;
 * the bytes are checked for what they really are by the services.
 */
final class UploadTypes {

    static final String BINARY = "application/octet-stream";
    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    static final String DOC = "application/msword";
    static final String XLS = "application/vnd.ms-excel";
    static final String PPT = "application/vnd.ms-powerpoint";
    static final String CSV = "text/csv";

    private UploadTypes() {
    }
}
