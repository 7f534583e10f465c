package org.touchstone.data.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads GDELT files and makes sure each one is the file GDELT listed.
 *
 * <p>For each file: a copy already on disk with the listed size and MD5 is kept as it is.
 * Otherwise the file is downloaded into {@code NAME.part}; a {@code .part} left by an
 * interrupted run is continued with an HTTP Range request, or started over when the server
 * does not honour the range. When the body is complete its size and MD5 are checked and only
 * then is it renamed to {@code NAME}. Connection errors, HTTP 5xx, 408 and 429 and wrong
 * checksums are tried again after a growing wait ({@link RetryPolicy}); other HTTP errors fail
 * at once. A file that fails is reported and the others go on.
 *
 * <p>Files land in {@code DIR/gdelt/v1/YYYY/} or {@code DIR/gdelt/v2/YYYY/}, beside the lists
 * they were chosen from.
 */
public final class GdeltFetcher {

    /** GDELT's own site; {@code events/} and {@code gdeltv2/} lie below it. */
    public static final URI DEFAULT_BASE_URL = URI.create("http://data.gdeltproject.org/");

    // Bounds only the wait for the response headers: java.net.http has no timeout for a stalled body.
    private static final Duration RESPONSE_TIMEOUT = Duration.ofMinutes(1);
    private static final String USER_AGENT = "Touchstone GDELT fetch";
    private static final int BUFFER_SIZE = 64 * 1024;
    private static final Pattern CONTENT_RANGE_START = Pattern.compile("bytes\\s+(\\d+)-");

    private final HttpClient http;
    private final RetryPolicy retryPolicy;

    public GdeltFetcher(RetryPolicy retryPolicy) {
        this(defaultHttpClient(), retryPolicy);
    }

    public GdeltFetcher(HttpClient http, RetryPolicy retryPolicy) {
        this.http = Objects.requireNonNull(http, "http");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    }

    /** HTTP/1.1, 30 s to connect, following redirects (GDELT sends http to https). */
    public static HttpClient defaultHttpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * What {@code touchstone gdelt fetch} does: reads the version's list from {@code baseUrl},
     * selects the files, downloads them into {@code dir}.
     *
     * @throws IOException when the list itself cannot be downloaded or stored; problems with
     *                     single files are reported in the result instead
     */
    public FetchResult fetch(GdeltSelection selection, URI baseUrl, Path dir, FetchListener listener)
            throws IOException, InterruptedException {
        MasterList list = readMasterList(selection, baseUrl, dir);
        return download(list.files(), dir, listener).withListProblems(list.problems());
    }

    /**
     * Downloads the version's list (or lists) into {@code DIR/gdelt/vN/}, replacing older
     * copies, and reads the files the selection asks for from it.
     */
    public MasterList readMasterList(GdeltSelection selection, URI baseUrl, Path dir)
            throws IOException, InterruptedException {
        URI directoryUrl = directoryUrl(baseUrl, selection.version());
        Path listDir = versionDirectory(dir, selection.version());
        Files.createDirectories(listDir);
        // The lists are ASCII; ISO-8859-1 reads any stray byte instead of failing on it.
        if (selection.version() == GdeltVersion.V2) {
            URI listUrl = directoryUrl.resolve(MasterListParser.V2_MASTER_LIST);
            Path list = downloadList(listUrl, listDir.resolve(MasterListParser.V2_MASTER_LIST));
            try (Reader reader = Files.newBufferedReader(list, StandardCharsets.ISO_8859_1)) {
                return MasterListParser.parseV2(reader, listUrl, selection);
            }
        }
        Path md5sums = downloadList(directoryUrl.resolve(MasterListParser.V1_MD5SUMS),
                listDir.resolve(MasterListParser.V1_MD5SUMS));
        Path filesizes = downloadList(directoryUrl.resolve(MasterListParser.V1_FILESIZES),
                listDir.resolve(MasterListParser.V1_FILESIZES));
        try (Reader md5Reader = Files.newBufferedReader(md5sums, StandardCharsets.ISO_8859_1);
             Reader sizeReader = Files.newBufferedReader(filesizes, StandardCharsets.ISO_8859_1)) {
            return MasterListParser.parseV1(md5Reader, sizeReader, directoryUrl, selection);
        }
    }

    /**
     * Brings each file onto disk under {@code dir}, oldest first, one at a time.
     * Returns normally even when files fail; see {@link FetchResult#failed()}.
     */
    public FetchResult download(List<GdeltFile> files, Path dir, FetchListener listener) throws InterruptedException {
        List<GdeltFile> ordered = files.stream().sorted(GdeltFile.CHRONOLOGICAL).toList();
        listener.runStarted(ordered.size(), ordered.stream().mapToLong(GdeltFile::size).sum());
        List<FetchResult.Fetched> downloaded = new ArrayList<>();
        List<FetchResult.Fetched> skipped = new ArrayList<>();
        List<FetchResult.Failed> failed = new ArrayList<>();
        for (GdeltFile file : ordered) {
            Path target = localPath(dir, file);
            try {
                if (Files.isRegularFile(target) && checkContent(file, target).isEmpty()) {
                    skipped.add(new FetchResult.Fetched(file, target));
                    listener.fileDone(file, target, true);
                    continue;
                }
                downloadFile(file, target, listener);
                downloaded.add(new FetchResult.Fetched(file, target));
                listener.fileDone(file, target, false);
            } catch (TransferFailure e) {
                failed.add(new FetchResult.Failed(file, e.getMessage()));
                listener.fileFailed(file, e.getMessage());
            } catch (IOException e) {
                String reason = "cannot store " + target + ": " + describe(e);
                failed.add(new FetchResult.Failed(file, reason));
                listener.fileFailed(file, reason);
            }
        }
        return new FetchResult(downloaded, skipped, failed, List.of());
    }

    /** Where a file is kept: {@code DIR/gdelt/vN/YYYY/NAME}. */
    public static Path localPath(Path dir, GdeltFile file) {
        // fileName() is safe as a path: the parser accepts only names of digits and a fixed suffix.
        return versionDirectory(dir, file.version())
                .resolve(String.valueOf(file.timestamp().getYear()))
                .resolve(file.fileName());
    }

    static Path versionDirectory(Path dir, GdeltVersion version) {
        return dir.resolve("gdelt").resolve("v" + version.number());
    }

    static URI directoryUrl(URI baseUrl, GdeltVersion version) {
        String base = baseUrl.toString();
        return URI.create(base.endsWith("/") ? base : base + "/").resolve(version.directory());
    }

    private void downloadFile(GdeltFile file, Path target, FetchListener listener)
            throws TransferFailure, IOException, InterruptedException {
        Files.createDirectories(target.getParent());
        Files.deleteIfExists(target); // a damaged or outdated copy: it is fetched afresh
        Path part = partPath(target);
        listener.fileStarted(file, Files.exists(part) ? Files.size(part) : 0);
        withRetries(() -> {
            if (Files.exists(part) && Files.size(part) > file.size()) {
                Files.delete(part); // longer than the file can be, so not a prefix of it
            }
            if (!Files.exists(part) || Files.size(part) < file.size()) {
                receive(file.url(), part, bytes -> listener.progress(file, bytes));
            }
            Optional<String> problem = checkContent(file, part);
            if (problem.isPresent()) {
                Files.delete(part); // resuming would keep the wrong bytes: start over
                listener.progress(file, 0);
                throw new TransferFailure(problem.get(), true);
            }
        }, (attempt, reason, delay) -> listener.fileRetrying(file, attempt, reason, delay));
        moveIntoPlace(part, target);
    }

    /** Lists change every 15 minutes, so they are always fetched whole, never resumed. */
    private Path downloadList(URI url, Path target) throws IOException, InterruptedException {
        Path part = partPath(target);
        try {
            withRetries(() -> {
                Files.deleteIfExists(part);
                receive(url, part, bytes -> {
                });
            }, (attempt, reason, delay) -> {
            });
        } catch (TransferFailure e) {
            throw new IOException("cannot download the GDELT list " + url + ": " + e.getMessage(), e);
        }
        moveIntoPlace(part, target);
        return target;
    }

    /**
     * One GET of {@code url} into {@code part}, continuing after the bytes already in it.
     * Network trouble becomes a {@link TransferFailure}; an IOException is trouble with the local disk.
     */
    private void receive(URI url, Path part, LongConsumer progress)
            throws TransferFailure, IOException, InterruptedException {
        long offset = Files.exists(part) ? Files.size(part) : 0;
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(RESPONSE_TIMEOUT)
                .header("User-Agent", USER_AGENT)
                .GET();
        if (offset > 0) {
            request.header("Range", "bytes=" + offset + "-");
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new TransferFailure("no response from " + url + ": " + describe(e), true);
        }
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status == 200) {
                copy(body, part, 0, progress); // the whole file, whether or not a range was asked for
            } else if (status == 206 && offset > 0 && rangeStartsAt(response, offset)) {
                copy(body, part, offset, progress);
            } else if (status == 206 || status == 416) {
                Files.deleteIfExists(part); // the server cannot continue where we stopped: start over
                throw new TransferFailure("the server could not resume at byte " + offset + " (HTTP " + status + ")",
                        true);
            } else {
                throw new TransferFailure("HTTP " + status + " for " + url, isWorthRetrying(status));
            }
        }
    }

    private static void copy(InputStream body, Path part, long offset, LongConsumer progress)
            throws TransferFailure, IOException {
        OpenOption[] mode = offset > 0
                ? new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND}
                : new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING};
        long onDisk = offset;
        progress.accept(onDisk);
        byte[] buffer = new byte[BUFFER_SIZE];
        // Closing the stream on any exit keeps what arrived, so the next attempt can resume.
        try (OutputStream out = Files.newOutputStream(part, mode)) {
            while (true) {
                int read;
                try {
                    read = body.read(buffer);
                } catch (IOException e) {
                    throw new TransferFailure("connection lost after " + onDisk + " bytes: " + describe(e), true);
                }
                if (read < 0) {
                    return;
                }
                out.write(buffer, 0, read);
                onDisk += read;
                progress.accept(onDisk);
            }
        }
    }

    private static boolean rangeStartsAt(HttpResponse<?> response, long offset) {
        Optional<String> contentRange = response.headers().firstValue("Content-Range");
        if (contentRange.isEmpty()) {
            return false;
        }
        Matcher m = CONTENT_RANGE_START.matcher(contentRange.get());
        return m.lookingAt() && Long.parseLong(m.group(1)) == offset;
    }

    private static boolean isWorthRetrying(int status) {
        return status >= 500 || status == 408 || status == 429;
    }

    /** Empty when the file has the listed size and MD5, else what is wrong. */
    private static Optional<String> checkContent(GdeltFile file, Path path) throws IOException {
        long size = Files.size(path);
        if (size != file.size()) {
            return Optional.of("size mismatch: the list gives " + file.size() + " bytes, got " + size);
        }
        String md5 = md5Of(path);
        if (!md5.equals(file.md5())) {
            return Optional.of("MD5 mismatch: the list gives " + file.md5() + ", got " + md5);
        }
        return Optional.empty();
    }

    private static String md5Of(Path path) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides MD5", e);
        }
        byte[] buffer = new byte[BUFFER_SIZE];
        try (InputStream in = Files.newInputStream(path)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private void withRetries(Attempt attempt, RetryNotice notice)
            throws TransferFailure, IOException, InterruptedException {
        for (int number = 1; ; number++) {
            try {
                attempt.run();
                return;
            } catch (TransferFailure failure) {
                if (!failure.retryable) {
                    throw failure;
                }
                if (number >= retryPolicy.maxAttempts()) {
                    throw number == 1 ? failure : new TransferFailure(
                            failure.getMessage() + " (gave up after " + number + " attempts)", false);
                }
                Duration delay = retryPolicy.delayAfter(number);
                notice.retrying(number + 1, failure.getMessage(), delay);
                Thread.sleep(delay.toMillis());
            }
        }
    }

    private static void moveIntoPlace(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path partPath(Path target) {
        return target.resolveSibling(target.getFileName() + ".part");
    }

    /** The exception's own words; java.net.http often puts them in the cause (e.g. "Connection refused"). */
    private static String describe(IOException e) {
        String message = e.getMessage();
        if ((message == null || message.isBlank()) && e.getCause() != null) {
            message = e.getCause().getMessage();
        }
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @FunctionalInterface
    private interface Attempt {
        void run() throws TransferFailure, IOException, InterruptedException;
    }

    @FunctionalInterface
    private interface RetryNotice {
        void retrying(int nextAttempt, String reason, Duration delay);
    }

    /** A download that went wrong on the network side or arrived with the wrong content. */
    private static final class TransferFailure extends Exception {
        private final boolean retryable;

        TransferFailure(String reason, boolean retryable) {
            super(reason, null, false, false);
            this.retryable = retryable;
        }
    }
}
