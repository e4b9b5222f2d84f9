package org.rapport.platform;

import java.util.Properties;
import java.util.function.Supplier;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;

/**
 * Counts the SQL statements Connector/J sends to the database on the current thread, so that a
 * page's cost can be reported ({@link PageCost}). Installed on every connection by {@link
 * RapportDataSource}; counting is one thread-local increment. The pool's validation uses the
 * protocol's ping, which is not a statement and is not counted.
 */
public final class StatementCounter implements QueryInterceptor {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    /** Statements sent on this thread since the last {@link #reset()}. */
    public static long count() {
        return COUNT.get()[0];
    }

    public static void reset() {
        COUNT.get()[0] = 0;
    }

    @Override
    public QueryInterceptor init(MysqlConnection connection, Properties properties, Log log) {
        return this;
    }

    @Override
    public <T extends Resultset> T preProcess(Supplier<String> sql, Query query) {
        COUNT.get()[0]++;
        return null;
    }

    @Override
    public boolean executeTopLevelOnly() {
        return true;
    }

    @Override
    public void destroy() {
        // nothing held
    }

    @Override
    public <T extends Resultset> T postProcess(
            Supplier<String> sql, Query query, T result, ServerSession session) {
        return null;
    }
}
