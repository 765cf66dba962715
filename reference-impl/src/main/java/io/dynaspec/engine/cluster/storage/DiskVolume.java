package io.dynaspec.engine.cluster.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of the machine's file system. A file's data is forced with {@code force(false)}
 * (fdatasync: the data and the size needed to read it back); a folder is forced after a file in it
 * is created, renamed or removed, so that the name itself survives a power cut.
 */
public final class DiskVolume implements Volume {
    private final Path root;
    /** Held while the volume is in use, so that a second engine cannot open the same folder. */
    private final FileChannel lockFile;

    /** Opens the folder (created when missing) for this process alone; refused while another holds it. */
    public DiskVolume(Path root) throws IOException {
        this.root = root.toAbsolutePath();
        Files.createDirectories(this.root);
        this.lockFile = FileChannel.open(this.root.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        java.nio.channels.FileLock lock;
        try {
            lock = lockFile.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockFile.close();
            throw new IOException("the data directory " + this.root + " is in use by another engine");
        }
    }

    /** Lets another engine open the folder. */
    public void release() throws IOException {
        lockFile.close();
    }

    public Path root() {
        return root;
    }

    private Path path(String name) {
        return root.resolve(name);
    }

    @Override
    public StoredFile open(String name) throws IOException {
        Path p = path(name);
        boolean existed = Files.exists(p);
        if (!existed) {
            Files.createDirectories(p.getParent());
        }
        FileChannel channel = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        if (!existed) {
            forceFolder(p.getParent());
        }
        return new DiskFile(channel);
    }

    @Override
    public boolean exists(String name) {
        return Files.exists(path(name));
    }

    @Override
    public List<String> list(String folder) throws IOException {
        return entries(folder, false);
    }

    @Override
    public List<String> folders(String folder) throws IOException {
        return entries(folder, true);
    }

    private List<String> entries(String folder, boolean folders) throws IOException {
        List<String> names = new ArrayList<>();
        Path dir = path(folder);
        if (!Files.isDirectory(dir)) {
            return names;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                if (folder.isEmpty() && p.getFileName().toString().equals("lock")) {
                    continue;
                }
                if (Files.isDirectory(p) == folders) {
                    names.add(p.getFileName().toString());
                }
            }
        }
        return names;
    }

    @Override
    public void delete(String name) throws IOException {
        Path p = path(name);
        if (Files.deleteIfExists(p)) {
            forceFolder(p.getParent());
        }
    }

    @Override
    public void deleteFolder(String folder) throws IOException {
        Path dir = path(folder);
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(p);
                } catch (NoSuchFileException gone) {
                    // removed meanwhile: what was wanted
                }
            }
        }
        forceFolder(dir.getParent());
    }

    @Override
    public void rename(String from, String to) throws IOException {
        Path target = path(to);
        Files.move(path(from), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceFolder(target.getParent());
    }

    private static void forceFolder(Path folder) throws IOException {
        try (FileChannel c = FileChannel.open(folder, StandardOpenOption.READ)) {
            c.force(true);
        }
    }

    private static final class DiskFile implements StoredFile {
        private final FileChannel channel;
        private long end;

        DiskFile(FileChannel channel) throws IOException {
            this.channel = channel;
            this.end = channel.size();
        }

        @Override
        public synchronized long size() {
            return end;
        }

        @Override
        public synchronized void append(byte[] bytes, int offset, int length) throws IOException {
            ByteBuffer b = ByteBuffer.wrap(bytes, offset, length);
            while (b.hasRemaining()) {
                end += channel.write(b, end);
            }
        }

        @Override
        public void force() throws IOException {
            channel.force(false);
        }

        @Override
        public synchronized void truncate(long length) throws IOException {
            channel.truncate(length);
            channel.force(true);
            end = Math.min(end, length);
        }

        @Override
        public int read(long position, byte[] into, int offset, int length) throws IOException {
            return channel.read(ByteBuffer.wrap(into, offset, length), position);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
