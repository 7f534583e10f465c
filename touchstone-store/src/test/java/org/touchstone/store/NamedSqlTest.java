package org.touchstone.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamedSqlTest {
    @TempDir
    Path dir;

    @Test
    void bindsNamedParametersInOrderAndRepeatsThem() throws Exception {
        NamedSql sql = NamedSql.load(NamedSqlTest.class, "named-sql-test.sql");
        try (Store store = Store.open(dir.resolve("s.duckdb"))) {
            Map<String, Object> values = new HashMap<>();
            values.put("a", 2);
            values.put("b", "x'; DROP TABLE events; --");
            try (PreparedStatement st = sql.prepare(store.connection(), values);
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(4);
                assertThat(rs.getString(2)).isEqualTo("x'; DROP TABLE events; --");
                assertThat(rs.getString(3)).isEqualTo("::text");
            }
            assertThat(store.count(StoreTable.EVENTS)).isZero();
        }
    }

    @Test
    void aMissingParameterIsNamed() throws Exception {
        NamedSql sql = NamedSql.load(NamedSqlTest.class, "named-sql-test.sql");
        try (Store store = Store.open(dir.resolve("s.duckdb"))) {
            assertThatThrownBy(() -> sql.prepare(store.connection(), Map.of("a", 1)))
                    .hasMessageContaining(":b");
        }
    }
}
