package io.dynaspec.engine.cluster.storage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A volume in memory that knows, for every file, what was forced: the crash-injection layer under
 * the engine's files for tests. Every change (create, append, force, truncate, rename, delete)
 * counts as one step; at the chosen step the power goes off ({@link PowerLoss}), and
 * {@link #afterPowerLoss} gives the volume as a restart finds it: each file as last forced, plus
 * a torn prefix of what was appended after (any length, possibly nothing). A rename and a removal
 * are durable at once, as the engine's folder force makes them on a disk.
 *
 * <p>Also: {@link #damage} flips a byte in place, as a bad sector would, and {@link #forced}
 * answers what a file holds durably.
 */
public final class CrashingVolume implements Volume {
    /** One file: its bytes now, and the bytes it had at its last force. */
    private static final class Content {
        byte[] data = new byte[64];
        int length;
        byte[] forced = new byte[0];
    }

    private final Map<String, Content> files = new TreeMap<>();
    private final Set<String> folders = new LinkedHashSet<>();
    private long steps;
    private long crashAt = -1;
    private boolean off;

    /** Turns the power off at the given step (counted from 1 over the volume's life); -1 never. */
    public synchronized void crashAtStep(long step) {
        this.crashAt = step;
    }

    /** Steps taken so far: the number of crash points a run offers. */
    public synchronized long steps() {
        return steps;
    }

    /** Whether the power went off. */
    public synchronized boolean isOff() {
        return off;
    }

    /** Turns the power off now, between steps. */
    public synchronized void powerOff() {
        off = true;
    }

    private void step(String operation, String name) {
        if (off) {
            throw new PowerLoss("power is off");
        }
        steps++;
        if (steps == crashAt) {
            off = true;
            throw new PowerLoss("power lost at step " + steps + " (" + operation + " " + name + ")");
        }
    }

    /**
     * The volume a restart finds: every file as forced, plus, with {@code tear}, a prefix of
     * random length of what was appended after its last force (a file cut back since keeps its
     * forced bytes).
     */
    public synchronized CrashingVolume afterPowerLoss(Random random, boolean tear) {
        CrashingVolume v = new CrashingVolume();
        v.folders.addAll(folders);
        for (Map.Entry<String, Content> e : files.entrySet()) {
            Content c = e.getValue();
            byte[] kept = c.forced;
            if (tear && c.length > kept.length && startsWith(c.data, c.length, kept)) {
                int extra = random.nextInt(c.length - kept.length + 1);
                kept = Arrays.copyOf(c.data, kept.length + extra);
            }
            Content n = new Content();
            n.data = Arrays.copyOf(kept, Math.max(64, kept.length));
            n.length = kept.length;
            n.forced = kept.clone();
            v.files.put(e.getKey(), n);
        }
        return v;
    }

    private static boolean startsWith(byte[] data, int length, byte[] prefix) {
        return length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Flips the bits of one byte of a file, durably: damage in place. */
    public synchronized void damage(String name, long position) {
        Content c = files.get(name);
        c.data[(int) position] ^= (byte) 0xff;
        if (position < c.forced.length) {
            c.forced[(int) position] ^= (byte) 0xff;
        }
    }

    /** How many bytes of the file are forced. */
    public synchronized int forced(String name) {
        Content c = files.get(name);
        return c == null ? 0 : c.forced.length;
    }

    /** Every file's name. */
    public synchronized List<String> names() {
        return new ArrayList<>(files.keySet());
    }

    @Override
    public synchronized StoredFile open(String name) {
        Content c = files.get(name);
        if (c == null) {
            step("create", name);
            c = new Content();
            files.put(name, c);
            for (int i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1)) {
                folders.add(name.substring(0, i));
            }
        }
        return new MemoryFile(name);
    }

    @Override
    public synchronized boolean exists(String name) {
        return files.containsKey(name);
    }

    @Override
    public synchronized List<String> list(String folder) {
        List<String> names = new ArrayList<>();
        String prefix = folder.isEmpty() ? "" : folder + "/";
        for (String n : files.keySet()) {
            if (n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0) {
                names.add(n.substring(prefix.length()));
            }
        }
        return names;
    }

    @Override
    public synchronized List<String> folders(String folder) {
        List<String> names = new ArrayList<>();
        String prefix = folder.isEmpty() ? "" : folder + "/";
        for (String f : folders) {
            if (f.startsWith(prefix) && f.length() > prefix.length() && f.indexOf('/', prefix.length()) < 0) {
                names.add(f.substring(prefix.length()));
            }
        }
        return names;
    }

    @Override
    public synchronized void delete(String name) {
        if (files.containsKey(name)) {
            step("delete", name);
            files.remove(name);
        }
    }

    @Override
    public synchronized void deleteFolder(String folder) {
        step("delete folder", folder);
        String prefix = folder + "/";
        files.keySet().removeIf(n -> n.startsWith(prefix));
        folders.removeIf(f -> f.equals(folder) || f.startsWith(prefix));
    }

    @Override
    public synchronized void rename(String from, String to) throws IOException {
        Content c = files.get(from);
        if (c == null) {
            throw new IOException("no file " + from);
        }
        step("rename to " + to + ":", from);
        files.remove(from);
        files.put(to, c);
    }

    private final class MemoryFile implements StoredFile {
        private final String name;

        MemoryFile(String name) {
            this.name = name;
        }

        private Content content() throws IOException {
            Content c = files.get(name);
            if (c == null) {
                throw new IOException("file " + name + " was removed");
            }
            return c;
        }

        @Override
        public long size() throws IOException {
            synchronized (CrashingVolume.this) {
                return content().length;
            }
        }

        @Override
        public void append(byte[] bytes, int offset, int length) throws IOException {
            synchronized (CrashingVolume.this) {
                Content c = content();
                step("append to", name);
                if (c.length + length > c.data.length) {
                    c.data = Arrays.copyOf(c.data, Math.max(c.data.length * 2, c.length + length));
                }
                System.arraycopy(bytes, offset, c.data, c.length, length);
                c.length += length;
            }
        }

        @Override
        public void force() throws IOException {
            synchronized (CrashingVolume.this) {
                Content c = content();
                step("force", name);
                c.forced = Arrays.copyOf(c.data, c.length);
            }
        }

        @Override
        public void truncate(long length) throws IOException {
            synchronized (CrashingVolume.this) {
                Content c = content();
                step("truncate", name);
                c.length = (int) Math.min(c.length, length);
                c.forced = Arrays.copyOf(c.data, c.length);
            }
        }

        @Override
        public int read(long position, byte[] into, int offset, int length) throws IOException {
            synchronized (CrashingVolume.this) {
                if (off) {
                    throw new PowerLoss("power is off");
                }
                Content c = content();
                if (position >= c.length) {
                    return -1;
                }
                int n = (int) Math.min(length, c.length - position);
                System.arraycopy(c.data, (int) position, into, offset, n);
                return n;
            }
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
