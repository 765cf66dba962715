package io.dynaspec.engine.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The console's static files — one page, its style sheet and its script, drawn with SVG and
 * updated by polling the admin API — served from the jar under {@value #PATH}, so the console
 * works offline and needs no build step. The files are read once, at the first request for one.
 * Browsers revalidate them on every load ({@code no-cache}) against an entity tag, so a page is
 * never stale after the engine is upgraded and an unchanged file costs a 304 with no body.
 * Stateless: every server shares the files.
 */
final class Console {
    /** Where the console is served: the page itself, and its files below it. */
    static final String PATH = AdminApi.PREFIX + "console";
    private static final String RESOURCES = "console/";

    /**
     * One file as served.
     *
     * @param contentType its media type
     * @param body        its bytes
     * @param etag        its entity tag, quoted, from a digest of the bytes
     */
    private record StaticFile(String contentType, byte[] body, String etag) {
    }

    /**
     * The files by path below {@value #PATH}, read from the jar at the first request for one of
     * them (the holder idiom), so that an engine nobody opens the console of starts no slower.
     */
    private static final class Files {
        static final Map<String, StaticFile> BY_PATH;

        static {
            StaticFile page = load("index.html", "text/html; charset=utf-8");
            BY_PATH = Map.of("", page, "/", page,
                    "/console.css", load("console.css", "text/css; charset=utf-8"),
                    "/console.js", load("console.js", "text/javascript; charset=utf-8"));
        }
    }

    /** Whether the path is the console's (not an admin call). */
    static boolean owns(String path) {
        return path.startsWith(PATH) && (path.length() == PATH.length() || path.charAt(PATH.length()) == '/');
    }

    /**
     * Answers a request for one of the console's files.
     *
     * @param path        the request path, which {@link #owns} accepted
     * @param ifNoneMatch the request's If-None-Match, or null
     */
    HttpResponse handle(String method, String path, String ifNoneMatch) {
        StaticFile f = Files.BY_PATH.get(path.substring(PATH.length()));
        if (f == null) {
            return new HttpResponse(404, "text/plain; charset=utf-8",
                    ("no console file " + path + "; the console is at " + PATH).getBytes(StandardCharsets.UTF_8));
        }
        if (!method.equals("GET")) {
            return new HttpResponse(405, "text/plain; charset=utf-8",
                    "the console's files are read with GET".getBytes(StandardCharsets.UTF_8), "Allow: GET\r\n");
        }
        String caching = "Cache-Control: no-cache\r\nETag: " + f.etag() + "\r\nX-Content-Type-Options: nosniff\r\n";
        if (f.etag().equals(ifNoneMatch)) {
            return new HttpResponse(304, null, new byte[0], caching);
        }
        return new HttpResponse(200, f.contentType(), f.body(), caching);
    }

    private static StaticFile load(String name, String contentType) {
        try (InputStream in = Console.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the console's " + name + " is missing from the jar");
            }
            byte[] body = in.readAllBytes();
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
            return new StaticFile(contentType, body, "\"" + digest + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
