package cn.bjip.outlets.platform;

/** A stored document with its bytes, for someone who may see its owner. */
public record Download(DocumentView document, byte[] bytes) {
}
