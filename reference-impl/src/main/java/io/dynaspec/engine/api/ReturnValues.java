package io.dynaspec.engine.api;

/** What a write returns of the item (API_PutItem.html and API_UpdateItem.html, "ReturnValues"). */
public enum ReturnValues {
    NONE, ALL_OLD, UPDATED_OLD, ALL_NEW, UPDATED_NEW
}
