package io.dynaspec.engine.server;

import io.dynaspec.engine.ReferenceEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event-loop server under the connections real clients make: many idle keep-alive
 * connections, clients that send or read one byte at a time, pipelined requests, bodies past the
 * cap, connections past the limit, and writes that wait for their quorum while a zone's
 * deliveries are held. Each test runs its own engine with one event loop, so that anything that
 * blocked the loop would block every other connection of the test, and talks raw HTTP/1.1 over
 * sockets on 127.0.0.1.
 */
class EventLoopServerTest {
    private static final int TIMEOUT_MILLIS = 20_000;

    private ReferenceEngine engine;
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        engine = ReferenceEngine.builder().eventLoops(1).maxConnections(4_000).start();
        try (Client c = connect()) {
            c.send(request("CreateTable", "{\"TableName\":\"Loop\",\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}],"
                    + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],\"BillingMode\":\"PAY_PER_REQUEST\"}"));
            assertEquals(200, c.read().status);
        }
    }

    @AfterEach
    void stop() {
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException e) {
                // the test is over either way
            }
        }
        engine.close();
    }

    @Test
    void twoThousandIdleKeepAliveConnectionsHoldNoBuffersAndOthersAreStillServed() throws IOException {
        int n = 2_000;
        List<Client> idle = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Client c = connect();
            c.send(request("GetItem", "{\"TableName\":\"Loop\",\"Key\":{\"pk\":{\"S\":\"k" + i + "\"}}}"));
            idle.add(c);
        }
        for (Client c : idle) {
            Response r = c.read();
            assertEquals(200, r.status, r.body);
            assertEquals("{}", r.body);
        }
        await(() -> engine.server().openConnections() == n, "all " + n + " connections open");
        // An idle connection keeps its socket and a small object; its buffers went back to the pool.
        await(() -> engine.server().buffersHeld() == 0, "no buffer held by an idle connection");
        try (Client fresh = connect()) {
            fresh.send(request("ListTables", "{}"));
            assertEquals(200, fresh.read().status);
        }
        // Every idle connection is still alive and served on the same socket.
        Client last = idle.get(n - 1);
        last.send(request("ListTables", "{}"));
        assertEquals(200, last.read().status);
    }

    @Test
    void aClientSendingOneByteAtATimeHoldsUpNobody() throws IOException {
        byte[] put = request("PutItem", "{\"TableName\":\"Loop\",\"Item\":{\"pk\":{\"S\":\"slow\"}}}");
        Client slow = connect();
        Client other = connect();
        for (int i = 0; i < put.length - 1; i++) {
            slow.sendByte(put[i]);
            if (i % 40 == 0) {
                // between two of the slow client's bytes, another client is answered in full
                other.send(request("GetItem", "{\"TableName\":\"Loop\",\"Key\":{\"pk\":{\"S\":\"slow\"}}}"));
                Response r = other.read();
                assertEquals(200, r.status);
                assertEquals("{}", r.body, "the slow put has not arrived yet");
            }
        }
        slow.sendByte(put[put.length - 1]);
        assertEquals(200, slow.read().status);
        other.send(request("GetItem", "{\"TableName\":\"Loop\",\"Key\":{\"pk\":{\"S\":\"slow\"}}}"));
        assertTrue(other.read().body.contains("\"slow\""));
    }

    @Test
    void aClientThatDoesNotReadItsAnswersHoldsUpNobodyAndGetsThemAllInOrder() throws IOException {
        Client greedy = connect();
        int requests = 3_000;
        ByteArrayOutputStream batch = new ByteArrayOutputStream();
        for (int i = 0; i < requests; i++) {
            batch.writeBytes(request("PutItem", "{\"TableName\":\"Loop\",\"Item\":{\"pk\":{\"S\":\"g" + i
                    + "\"},\"pad\":{\"S\":\"" + "x".repeat(200) + "\"}},\"ReturnValues\":\"NONE\"}"));
        }
        // Sent from another thread: the server stops reading this client while its answers pile
        // up unread, so a blocking write of all of it could not finish before the reads below.
        Thread writer = new Thread(() -> {
            try {
                greedy.send(batch.toByteArray());
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        writer.start();
        Client other = connect();
        other.send(request("ListTables", "{}"));
        assertEquals(200, other.read().status, "another client is served while the greedy one reads nothing");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < requests; i++) {
            Response r = greedy.read();
            assertEquals(200, r.status, "answer " + i + ": " + r.body);
            assertTrue(ids.add(r.headers.get("x-amzn-requestid")), "request ids are distinct");
        }
        try {
            writer.join(TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        greedy.send(request("GetItem", "{\"TableName\":\"Loop\",\"Key\":{\"pk\":{\"S\":\"g" + (requests - 1) + "\"}}}"));
        assertTrue(greedy.read().body.contains("\"g" + (requests - 1) + "\""), "the last pipelined put was applied");
    }

    @Test
    void aClientThatPipelinesThenStopsSendingGetsEveryAnswerBeforeTheConnectionCloses() throws IOException {
        Client c = connect();
        int requests = 2_000;
        ByteArrayOutputStream batch = new ByteArrayOutputStream();
        for (int i = 0; i < requests; i++) {
            // Each answer carries the 1 KB item back: far more than the server holds for a slow reader.
            batch.writeBytes(request("PutItem", "{\"TableName\":\"Loop\",\"Item\":{\"pk\":{\"S\":\"h\"},\"pad\":{\"S\":\""
                    + "y".repeat(1000) + "\"}},\"ReturnValues\":\"ALL_OLD\"}"));
        }
        Thread writer = new Thread(() -> {
            try {
                c.send(batch.toByteArray());
                c.socket.shutdownOutput();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        writer.start();
        for (int i = 0; i < requests; i++) {
            assertEquals(200, c.read().status, "answer " + i);
        }
        assertEquals(-1, c.in.read(), "then the server closes");
        try {
            writer.join(TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrderWithTheirOwnIdsAndChecksums() throws IOException {
        Client c = connect();
        ByteArrayOutputStream three = new ByteArrayOutputStream();
        three.writeBytes(request("PutItem", "{\"TableName\":\"Loop\",\"Item\":{\"pk\":{\"S\":\"p\"},\"v\":{\"N\":\"1\"}}}"));
        three.writeBytes(request("GetItem", "{\"TableName\":\"Loop\",\"Key\":{\"pk\":{\"S\":\"p\"}}}"));
        three.writeBytes(request("DeleteItem", "{\"TableName\":\"Loop\",\"Key\":{\"pk\":{\"S\":\"p\"}},\"ReturnValues\":\"ALL_OLD\"}"));
        c.send(three.toByteArray());
        Response put = c.read();
        Response get = c.read();
        Response delete = c.read();
        assertEquals("{}", put.body);
        assertEquals("{\"Item\":{\"pk\":{\"S\":\"p\"},\"v\":{\"N\":\"1\"}}}", get.body);
        assertEquals("{\"Attributes\":{\"pk\":{\"S\":\"p\"},\"v\":{\"N\":\"1\"}}}", delete.body);
        for (Response r : List.of(put, get, delete)) {
            CRC32 crc = new CRC32();
            crc.update(r.body.getBytes(StandardCharsets.UTF_8));
            assertEquals(Long.toString(crc.getValue()), r.headers.get("x-amz-crc32"));
        }
        assertEquals(3, Set.of(put.headers.get("x-amzn-requestid"), get.headers.get("x-amzn-requestid"),
                delete.headers.get("x-amzn-requestid")).size());
    }

    @Test
    void aBodyOverTheCapIsRefusedFromItsHeadBeforeItIsSent() throws IOException {
        Client c = connect();
        // Only the head is sent: the answer must not wait for 17 MB that never come.
        c.send(("POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.0\r\n"
                + "X-Amz-Target: DynamoDB_20120810.PutItem\r\nContent-Length: " + (17 * 1024 * 1024) + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        Response r = c.read();
        assertEquals(400, r.status);
        // The type and message the engine has always given (Errors.requestTooLarge).
        assertTrue(r.body.contains("\"__type\":\"com.amazon.coral.service#RequestEntityTooLarge\""), r.body);
        assertTrue(r.body.contains("Request size exceeded " + DynamoDbHttpServer.MAX_BODY_BYTES + " bytes"), r.body);
    }

    @Test
    void malformedOrOversizedHeadsAreRefusedAndTheConnectionClosedWhileOthersAreServed() throws IOException {
        Client badLength = connect();
        badLength.send("POST / HTTP/1.1\r\nContent-Length: 12x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        Response r = badLength.read();
        assertEquals(400, r.status);
        assertEquals("close", r.headers.get("connection"));
        Client notHttp = connect();
        notHttp.send("HELLO\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(400, notHttp.read().status);
        Client hugeHead = connect();
        hugeHead.send(("POST / HTTP/1.1\r\nX-Filler: " + "y".repeat(HttpConnection.MAX_HEAD_BYTES) + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        assertEquals(431, hugeHead.read().status);
        Client other = connect();
        other.send(request("ListTables", "{}"));
        assertEquals(200, other.read().status);
    }

    @Test
    void chunkedBodiesAndExpectContinueAreRead() throws IOException {
        Client c = connect();
        String body = "{\"TableName\":\"Loop\",\"Item\":{\"pk\":{\"S\":\"chunked\"}}}";
        String chunked = Integer.toHexString(10) + "\r\n" + body.substring(0, 10) + "\r\n"
                + Integer.toHexString(body.length() - 10) + ";ext=1\r\n" + body.substring(10) + "\r\n0\r\n\r\n";
        c.send(("POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.0\r\n"
                + "X-Amz-Target: DynamoDB_20120810.PutItem\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked)
                .getBytes(StandardCharsets.US_ASCII));
        assertEquals(200, c.read().status);
        String get = "{\"TableName\":\"Loop\",\"Key\":{\"pk\":{\"S\":\"chunked\"}}}";
        c.send(("POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.0\r\n"
                + "X-Amz-Target: DynamoDB_20120810.GetItem\r\nExpect: 100-continue\r\nContent-Length: " + get.length() + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        assertEquals(100, c.read().status, "the server asks for the body");
        c.send(get.getBytes(StandardCharsets.US_ASCII));
        assertTrue(c.read().body.contains("\"chunked\""));
    }

    @Test
    void connectionsPastTheLimitAreAnsweredWithServiceUnavailableAndTheServerServesOn() throws IOException {
        try (ReferenceEngine small = ReferenceEngine.builder().eventLoops(1).maxConnections(2).start()) {
            Client a = connect(small);
            Client b = connect(small);
            a.send(request("ListTables", "{}"));
            assertEquals(200, a.read().status);
            b.send(request("ListTables", "{}"));
            assertEquals(200, b.read().status);
            Client third = connect(small);
            third.send(request("ListTables", "{}"));
            Response refused = third.read();
            assertEquals(503, refused.status);
            assertTrue(refused.body.contains("ServiceUnavailableException"), refused.body);
            assertEquals("close", refused.headers.get("connection"));
            a.send(request("ListTables", "{}"));
            assertEquals(200, a.read().status, "connections within the limit are served on");
            a.close();
            await(() -> small.server().openConnections() == 1, "a closed connection frees its place");
            Client fourth = connect(small);
            fourth.send(request("ListTables", "{}"));
            assertEquals(200, fourth.read().status);
        }
    }

    @Test
    void aClientSendingOneByteASecondIsAnswered408AndClosedAtTheRequestDeadlineWhileOthersAreServed() throws Exception {
        AtomicLong clock = new AtomicLong();
        try (ReferenceEngine e = ReferenceEngine.builder().eventLoops(1).serverClock(clock::get)
                .requestTimeoutMillis(10_000).idleTimeoutMillis(60_000).start()) {
            Client setup = connect(e);
            setup.send(request("CreateTable", "{\"TableName\":\"Slow\",\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}],"
                    + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],\"BillingMode\":\"PAY_PER_REQUEST\"}"));
            assertEquals(200, setup.read().status);
            byte[] put = request("PutItem", "{\"TableName\":\"Slow\",\"Item\":{\"pk\":{\"S\":\"slow\"}}}");
            Client slow = connect(e);
            Client steady = connect(e);
            // A client that sends its request one byte a second: ten seconds, ten bytes.
            for (int second = 0; second < 10; second++) {
                slow.sendByte(put[second]);
                if (second == 0) {
                    // The deadline counts from the moment the loop reads this first byte.
                    await(() -> e.server().buffersHeld() == 1, "the first byte read");
                }
                // Every second another client makes a whole request and is answered at once.
                steady.send(request("GetItem", "{\"TableName\":\"Slow\",\"Key\":{\"pk\":{\"S\":\"slow\"}}}"));
                assertEquals(200, steady.read().status, "second " + second);
                e.server().checkDeadlines();
                clock.addAndGet(1_000_000_000L);
            }
            e.server().checkDeadlines();
            // Ten seconds after its first byte the slow request is past its deadline.
            Response r = slow.read();
            assertEquals(408, r.status);
            assertEquals("close", r.headers.get("connection"));
            assertEquals(-1, slow.in.read(), "then the connection is closed");
            assertEquals(1, e.server().requestTimeouts());
            // The steady client, ten seconds into its connection but never slow, is served on.
            steady.send(request("GetItem", "{\"TableName\":\"Slow\",\"Key\":{\"pk\":{\"S\":\"slow\"}}}"));
            assertEquals("{}", steady.read().body, "the slow put never arrived, so nothing was written");
            await(() -> e.server().openConnections() == 2, "the slow connection's place is free");
        }
    }

    @Test
    void theRequestDeadlineCountsFromEachRequestsFirstByteNotFromTheConnection() throws Exception {
        AtomicLong clock = new AtomicLong();
        try (ReferenceEngine e = ReferenceEngine.builder().eventLoops(1).serverClock(clock::get)
                .requestTimeoutMillis(10_000).idleTimeoutMillis(60_000).start()) {
            Client c = connect(e);
            byte[] list = request("ListTables", "{}");
            // Three requests, each sent over 9 seconds: 27 seconds of slow but timely requests.
            for (int i = 0; i < 3; i++) {
                c.send(java.util.Arrays.copyOf(list, list.length - 1));
                await(() -> e.server().buffersHeld() == 1, "the request's first bytes read");
                clock.addAndGet(9_000_000_000L);
                e.server().checkDeadlines();
                c.sendByte(list[list.length - 1]);
                assertEquals(200, c.read().status, "request " + i);
                // The loop has finished with the answer (and given back its buffer) before the next.
                e.server().checkDeadlines();
            }
            assertEquals(0, e.server().requestTimeouts());
        }
    }

    @Test
    void anIdleKeepAliveConnectionIsClosedAfterTheIdleTimeoutAndOnlyThen() throws Exception {
        AtomicLong clock = new AtomicLong();
        try (ReferenceEngine e = ReferenceEngine.builder().eventLoops(1).serverClock(clock::get)
                .requestTimeoutMillis(10_000).idleTimeoutMillis(60_000).start()) {
            Client early = connect(e);
            early.send(request("ListTables", "{}"));
            assertEquals(200, early.read().status);
            Client silent = connect(e);
            await(() -> e.server().openConnections() == 2, "the silent connection accepted");
            // Each call lets the loop finish what it was doing at this time before time moves on.
            e.server().checkDeadlines();
            clock.addAndGet(30_000_000_000L);
            e.server().checkDeadlines();
            Client late = connect(e);
            late.send(request("ListTables", "{}"));
            assertEquals(200, late.read().status);
            e.server().checkDeadlines();
            clock.addAndGet(29_999_000_000L);
            e.server().checkDeadlines();
            assertEquals(3, e.server().openConnections(), "59.999 s idle: all still open");
            clock.addAndGet(1_000_000L);
            e.server().checkDeadlines();
            // 60 s idle: the early connection, and the one that never sent a byte, are closed
            // without an answer; the late one has idled 30 s and is served on.
            assertEquals(-1, early.in.read());
            assertEquals(-1, silent.in.read());
            assertEquals(2, e.server().idleTimeouts());
            late.send(request("ListTables", "{}"));
            assertEquals(200, late.read().status);
            e.server().checkDeadlines();
            clock.addAndGet(59_000_000_000L);
            e.server().checkDeadlines();
            late.send(request("ListTables", "{}"));
            assertEquals(200, late.read().status, "each request starts its idle time again");
        }
    }

    @Test
    void twoThousandIdleConnectionsCostTheServerAboutAKilobyteEach() throws Exception {
        int n = 2_000;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = settledHeap(memory);
        List<SocketChannel> idle = new ArrayList<>(n);
        ByteBuffer answer = ByteBuffer.allocate(4096);
        byte[] get = request("GetItem", "{\"TableName\":\"Loop\",\"Key\":{\"pk\":{\"S\":\"k\"}}}");
        try {
            for (int i = 0; i < n; i++) {
                SocketChannel ch = SocketChannel.open(new InetSocketAddress("127.0.0.1", engine.port()));
                idle.add(ch);
                ch.write(ByteBuffer.wrap(get));
                answer.clear();
                // The answer is a few hundred bytes and ends with the empty item "{}".
                while (answer.position() < 2 || answer.get(answer.position() - 1) != '}' || answer.get(answer.position() - 2) != '{') {
                    assertTrue(ch.read(answer) >= 0, "answered");
                }
            }
            await(() -> engine.server().openConnections() == n, "all " + n + " connections open");
            await(() -> engine.server().buffersHeld() == 0, "no buffer held by an idle connection");
            long perConnection = (settledHeap(memory) - before) / n;
            // Both ends live in this JVM: the figure counts the client's channel objects too, so it
            // bounds the server's share from above.
            System.out.println("heap per idle connection, server and client together: " + perConnection + " bytes");
            assertTrue(perConnection < 4_096, perConnection + " bytes per idle connection");
            SocketChannel last = idle.get(n - 1);
            last.write(ByteBuffer.wrap(get));
            answer.clear();
            assertTrue(last.read(answer) > 0, "an idle connection is still served");
        } finally {
            for (SocketChannel ch : idle) {
                ch.close();
            }
        }
    }

    /** The heap in use once the collector has settled. */
    private static long settledHeap(MemoryMXBean memory) {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    @Test
    void aWriteWaitingForItsQuorumRunsOffTheLoopAndItsAnswerResumesThere() throws IOException {
        long handedOffBefore = engine.server().requestsHandedOff();
        long onLoopBefore = engine.server().requestsAnsweredOnLoops();
        Client admin = connect();
        Client writer = connect();
        Client reader = connect();
        // Normal use: every DynamoDB request is answered on the loop.
        reader.send(request("GetItem", "{\"TableName\":\"Loop\",\"Key\":{\"pk\":{\"S\":\"w\"}}}"));
        assertEquals(200, reader.read().status);
        assertEquals(handedOffBefore, engine.server().requestsHandedOff());
        assertEquals(onLoopBefore + 1, engine.server().requestsAnsweredOnLoops());
        // Deliveries to b and c held: a write reaches only the leader in a and waits for its quorum.
        for (String zone : List.of("b", "c")) {
            admin.send(adminCall("faults/hold/" + zone));
            assertEquals(200, admin.read().status);
        }
        writer.send(request("PutItem", "{\"TableName\":\"Loop\",\"Item\":{\"pk\":{\"S\":\"w\"}}}"));
        // While it waits, the one loop serves everyone else, reads and admin calls alike.
        reader.send(request("ListTables", "{}"));
        assertEquals(200, reader.read().status);
        assertEquals(0, writer.available(), "the write is not answered before its quorum");
        admin.send(adminCall("faults/release/b"));
        assertEquals(200, admin.read().status);
        Response put = writer.read();
        assertEquals(200, put.status, put.body);
        assertTrue(engine.server().requestsHandedOff() > handedOffBefore);
        admin.send(adminCall("faults/release/c"));
        assertEquals(200, admin.read().status);
        // Holds lifted: requests are answered on the loop again.
        long handedOff = engine.server().requestsHandedOff();
        reader.send(request("GetItem", "{\"TableName\":\"Loop\",\"Key\":{\"pk\":{\"S\":\"w\"}},\"ConsistentRead\":true}"));
        assertTrue(reader.read().body.contains("\"w\""), "the acknowledged write is read");
        assertEquals(handedOff, engine.server().requestsHandedOff());
    }

    @Test
    void aTransactionHeldBetweenItsPhasesWaitsOffTheLoop() throws IOException {
        Client admin = connect();
        Client transaction = connect();
        Client reader = connect();
        admin.send(adminCall("transactions/hold"));
        assertEquals(200, admin.read().status);
        transaction.send(request("TransactWriteItems", "{\"TransactItems\":[{\"Put\":{\"TableName\":\"Loop\",\"Item\":{\"pk\":{\"S\":\"t1\"}}}},"
                + "{\"Put\":{\"TableName\":\"Loop\",\"Item\":{\"pk\":{\"S\":\"t2\"}}}}]}"));
        // await-held answers once the transaction is prepared and waits for its commit; that wait
        // and the await itself both run off the one loop, which keeps serving.
        admin.send(adminCall("transactions/await-held"));
        assertEquals(200, admin.read().status);
        reader.send(request("GetItem", "{\"TableName\":\"Loop\",\"Key\":{\"pk\":{\"S\":\"t1\"}},\"ConsistentRead\":true}"));
        assertEquals("{}", reader.read().body, "the held transaction has not committed");
        admin.send(adminCall("transactions/release"));
        assertEquals(200, admin.read().status);
        Response committed = transaction.read();
        assertEquals(200, committed.status, committed.body);
        reader.send(request("GetItem", "{\"TableName\":\"Loop\",\"Key\":{\"pk\":{\"S\":\"t2\"}},\"ConsistentRead\":true}"));
        assertTrue(reader.read().body.contains("\"t2\""), "the released transaction committed");
    }

    // --- raw HTTP/1.1 over sockets ---

    private Client connect() throws IOException {
        return connect(engine);
    }

    private Client connect(ReferenceEngine e) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", e.port()), TIMEOUT_MILLIS);
        s.setSoTimeout(TIMEOUT_MILLIS);
        s.setTcpNoDelay(true);
        sockets.add(s);
        return new Client(s);
    }

    private static byte[] request(String operation, String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-amz-json-1.0\r\n"
                + "X-Amz-Target: DynamoDB_20120810." + operation + "\r\nContent-Length: " + b.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static byte[] adminCall(String path) {
        return ("POST /dynaspec/" + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Waits for a condition the server reaches on its own thread, for at most the test timeout. */
    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TIMEOUT_MILLIS * 1_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for: " + what);
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    /** One response: status, headers by lower-case name, body as text. */
    private record Response(int status, Map<String, String> headers, String body) {
    }

    /** A blocking client on one socket: writes requests, reads responses in order. */
    private static final class Client implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Client(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            this.out = socket.getOutputStream();
        }

        void send(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        void sendByte(byte b) throws IOException {
            out.write(b);
            out.flush();
        }

        int available() throws IOException {
            return in.available();
        }

        Response read() throws IOException {
            String statusLine = line();
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String l = line(); !l.isEmpty(); l = line()) {
                int colon = l.indexOf(':');
                headers.put(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            byte[] body = in.readNBytes(length);
            assertEquals(length, body.length, "the whole body arrives");
            return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            StringBuilder b = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed mid-response after: " + b);
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
