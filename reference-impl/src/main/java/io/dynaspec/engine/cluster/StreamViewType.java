package io.dynaspec.engine.cluster;

/**
 * What a stream record shows of its item (API_StreamSpecification.html, StreamViewType): its key
 * always; the item after the change, before it, or both.
 */
public enum StreamViewType {
    KEYS_ONLY(false, false),
    NEW_IMAGE(true, false),
    OLD_IMAGE(false, true),
    NEW_AND_OLD_IMAGES(true, true);

    private final boolean newImage;
    private final boolean oldImage;

    StreamViewType(boolean newImage, boolean oldImage) {
        this.newImage = newImage;
        this.oldImage = oldImage;
    }

    /** Whether a record carries the item as it appears after the change. */
    public boolean showsNewImage() {
        return newImage;
    }

    /** Whether a record carries the item as it appeared before the change. */
    public boolean showsOldImage() {
        return oldImage;
    }
}
