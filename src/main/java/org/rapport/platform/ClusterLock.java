package org.rapport.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Work that one instance of a cluster must do alone (the first start's set-up): a named lock of the
 * database (MySQL and MariaDB {@code GET_LOCK}), held on a connection of its own while the work
 * runs on others; the instances that wait find the work done when they get the lock.
 */
public final class ClusterLock {

    private ClusterLock() {}

    public static void run(DataSource dataSource, String name, int waitSeconds, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                lock.setString(1, name);
                lock.setInt(2, waitSeconds);
                try (ResultSet locked = lock.executeQuery()) {
                    if (!locked.next() || locked.getInt(1) != 1) {
                        throw new IllegalStateException(
                                "Another instance has held the lock "
                                        + name
                                        + " for "
                                        + waitSeconds
                                        + " s; start this one again when it is up");
                    }
                }
            }
            try {
                work.run();
            } finally {
                try (PreparedStatement unlock =
                        connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                    unlock.setString(1, name);
                    unlock.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The database lock " + name + " could not be taken: " + e.getMessage(), e);
        }
    }
}
