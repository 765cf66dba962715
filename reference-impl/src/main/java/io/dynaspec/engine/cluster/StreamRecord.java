package io.dynaspec.engine.cluster;

import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;

/**
 * One change to one item, as its partition's shard holds it (API_streams_Record.html,
 * API_streams_StreamRecord.html): made from an acknowledged log entry that changed the item.
 * Both images are kept; the stream's view type decides what a reader is shown.
 *
 * @param sequence    the entry's position in its partition group's log: records of a shard are in
 *                    this order, which is the order of the changes to each item
 * @param event       INSERT, MODIFY or REMOVE
 * @param key         the item's primary key
 * @param oldImage    the item before the change, or null (INSERT)
 * @param newImage    the item after the change, or null (REMOVE)
 * @param createdMillis the engine's clock when the change was acknowledged
 * @param timeToLive  whether the Time to Live sweeper made the change (a REMOVE by the service)
 */
public record StreamRecord(long sequence, Event event, PrimaryKey key, Item oldImage, Item newImage,
                           long createdMillis, boolean timeToLive) {

    /** API_streams_Record.html, eventName. */
    public enum Event {
        /** "a new item was added to the table" */
        INSERT,
        /** "one or more of an existing item's attributes were modified" */
        MODIFY,
        /** "the item was deleted from the table" */
        REMOVE
    }

    /**
     * API_streams_StreamRecord.html, SizeBytes: the size of what the record shows a reader of a
     * stream of that view type, its keys and the images the view type carries.
     */
    public long sizeBytes(StreamViewType viewType, KeySchema keySchema) {
        long size = Item.of(keySchema.keyAttributes(key)).size();
        if (viewType.showsNewImage() && newImage != null) {
            size += newImage.size();
        }
        if (viewType.showsOldImage() && oldImage != null) {
            size += oldImage.size();
        }
        return size;
    }

    /**
     * The record an acknowledged entry makes, or null when the entry changed nothing (a
     * transaction's PREPARE or CANCEL, a put of the item as it was, a delete of no item).
     */
    static StreamRecord of(LogEntry entry, long createdMillis, boolean timeToLive) {
        Item before = entry.previous();
        Item after = entry.item();
        if (before == null ? after == null : before.equals(after)) {
            return null;
        }
        Event event = before == null ? Event.INSERT : after == null ? Event.REMOVE : Event.MODIFY;
        return new StreamRecord(entry.sequence(), event, entry.key(), before, after, createdMillis, timeToLive);
    }
}
