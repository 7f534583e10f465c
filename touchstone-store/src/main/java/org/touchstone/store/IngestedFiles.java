package org.touchstone.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import org.touchstone.core.FileChecksum;

/** The ingested_files table: which files are in the store (by checksum), and what their ingest did. */
final class IngestedFiles {
    /** Rejected lines are kept up to this many characters: enough to see what was wrong. */
    private static final int RAW_LINE_LIMIT = 2_000;

    private IngestedFiles() {
    }

    /** Whether a file with this checksum is stored (asked on the given connection, so inside its transaction). */
    static boolean contains(Connection connection, FileChecksum checksum) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT count(*) FROM ingested_files WHERE file_id = ? AND sha256 = ?")) {
            st.setLong(1, checksum.fileId());
            st.setString(2, checksum.sha256());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    static void record(Connection connection, Path file, FileChecksum checksum, IngestReport report)
            throws SQLException, IOException {
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO ingested_files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setLong(1, checksum.fileId());
            st.setString(2, checksum.sha256());
            st.setString(3, file.getFileName().toString());
            st.setString(4, file.toAbsolutePath().normalize().toString());
            st.setString(5, report.dataset());
            st.setString(6, report.format());
            st.setLong(7, Files.size(file));
            st.setLong(8, report.read());
            st.setLong(9, report.stored());
            st.setLong(10, report.duplicate());
            st.setLong(11, report.rejected());
            st.setTimestamp(12, Timestamp.from(Instant.now()));
            st.executeUpdate();
        }
    }

    /** A rejected line as kept in rejected_rows. */
    static String shorten(String raw) {
        if (raw == null) {
            return null;
        }
        return raw.length() <= RAW_LINE_LIMIT ? raw : raw.substring(0, RAW_LINE_LIMIT) + "…";
    }
}
