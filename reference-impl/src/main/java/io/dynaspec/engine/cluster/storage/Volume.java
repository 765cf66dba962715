package io.dynaspec.engine.cluster.storage;

import java.io.IOException;
import java.util.List;

/**
 * Where a replica's files live: named files in folders, names separated by {@code /}. The small
 * surface the write-ahead log, the snapshots and the catalog need, so that a test can put a
 * volume under them that loses what was not forced ({@link CrashingVolume}), as a power cut does
 * (Pillai et al., OSDI 2014: only what was forced survives; a rename is atomic).
 */
public interface Volume {

    /** The file, created empty (with its folders) when it does not exist. */
    StoredFile open(String name) throws IOException;

    boolean exists(String name);

    /** The names of the files directly in a folder (not their paths), in no order; empty when none. */
    List<String> list(String folder) throws IOException;

    /** The names of the folders directly in a folder, in no order; empty when none. */
    List<String> folders(String folder) throws IOException;

    /** Removes a file, durably; nothing happens when it does not exist. */
    void delete(String name) throws IOException;

    /** Removes a folder and everything in it, durably. */
    void deleteFolder(String folder) throws IOException;

    /** Renames a file, replacing any file of the new name: atomically and durably. */
    void rename(String from, String to) throws IOException;
}
