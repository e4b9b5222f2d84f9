package org.rapport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class DatabaseHealthCheckTest {

    @Test
    void upWhenTheDatabaseAnswers() {
        assertEquals(
                HealthCheckResponse.Status.UP,
                new DatabaseHealthCheck(dataSource(true)).call().getStatus());
    }

    @Test
    void downWhenTheConnectionDoesNotAnswer() {
        assertEquals(
                HealthCheckResponse.Status.DOWN,
                new DatabaseHealthCheck(dataSource(false)).call().getStatus());
    }

    @Test
    void downWhenNoConnectionCanBeHad() {
        DataSource unreachable =
                (DataSource)
                        Proxy.newProxyInstance(
                                getClass().getClassLoader(),
                                new Class<?>[] {DataSource.class},
                                (proxy, method, args) -> {
                                    throw new SQLException("Connection refused");
                                });
        HealthCheckResponse response = new DatabaseHealthCheck(unreachable).call();
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals(
                "database not reachable",
                response.getData().orElseThrow().get("error"),
                "no host or account names on the public endpoint");
    }

    private DataSource dataSource(boolean valid) {
        Connection connection =
                (Connection)
                        Proxy.newProxyInstance(
                                getClass().getClassLoader(),
                                new Class<?>[] {Connection.class},
                                (proxy, method, args) ->
                                        switch (method.getName()) {
                                            case "isValid" -> valid;
                                            case "close" -> null;
                                            default ->
                                                    throw new UnsupportedOperationException(
                                                            method.getName());
                                        });
        return (DataSource)
                Proxy.newProxyInstance(
                        getClass().getClassLoader(),
                        new Class<?>[] {DataSource.class},
                        (proxy, method, args) -> connection);
    }
}
