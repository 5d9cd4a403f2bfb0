package nl.naober.web.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, recovering, the pool timed out
 * waiting for a connection) rather than a fault of the request or of Naober: then the answer is 503 with
 * {@code Retry-After} — for the REST API, the screens and a login alike — so a client waits and tries again
 * instead of renewing its password (401) or reporting a bug (500).
 */
public final class DatabaseUnavailable {

    /** What a client is told to wait: a restarting PostgreSQL is usually back within this. */
    public static final long RETRY_AFTER_SECONDS = 30;

    /** The problem's message key: {@code problem.unavailable.*}, {@code screen.error.unavailable.*}. */
    public static final String KEY = "unavailable";

    private DatabaseUnavailable() {}

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException
                    || (cause instanceof SQLException sql && unavailableState(sql.getSQLState()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception); 57P01-57P03: shut down by an administrator, crashed, starting up. */
    private static boolean unavailableState(String state) {
        return state != null
                && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
