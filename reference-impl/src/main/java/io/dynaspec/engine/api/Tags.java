package io.dynaspec.engine.api;

import io.dynaspec.engine.error.Errors;

import java.util.regex.Pattern;

/**
 * The rules every tag follows (TaggingRestrictions.html, API_Tag.html), checked in one place for
 * TagResource and UntagResource: keys of 1 to 128 characters, values of 0 to 256, letters, white
 * space, numbers and {@code + - = . _ : / @}; the {@code aws:} prefix is AWS's own; at most
 * {@value #MAX_TAGS} tags per table.
 */
final class Tags {
    /** TaggingRestrictions.html: "The maximum number of tags per resource is 50." */
    static final int MAX_TAGS = 50;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{Z}\\p{N}+\\-=._:/@]*");

    private Tags() {
    }

    static void checkKey(String key) {
        if (key == null || key.isEmpty() || key.codePointCount(0, key.length()) > 128 || !ALLOWED.matcher(key).matches()) {
            throw Errors.invalidTagKey(key);
        }
    }

    static void checkValue(String value) {
        if (value == null || value.codePointCount(0, value.length()) > 256 || !ALLOWED.matcher(value).matches()) {
            throw Errors.invalidTagValue(value);
        }
    }

    /** A key a client may set: AWS-assigned keys carry the aws: prefix (TaggingRestrictions.html). */
    static void checkNotReserved(String key) {
        if (key.startsWith("aws:")) {
            throw Errors.reservedTagPrefix(key);
        }
    }

    /** A table's tag count, after a change or at CreateTable. */
    static void checkCount(int tags) {
        if (tags > MAX_TAGS) {
            throw Errors.tooManyTags();
        }
    }
}
