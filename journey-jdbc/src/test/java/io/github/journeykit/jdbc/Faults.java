package io.github.journeykit.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A data source whose connections misbehave where a test says: the failures a store must survive,
 * injected between deciding and committing.
 */
final class Faults {

  private Faults() {}

  /** What the connection does before a statement is prepared, given its SQL. */
  @FunctionalInterface
  interface BeforePrepare {
    void accept(String sql) throws SQLException;
  }

  /**
   * Connections that crash at commit: the connection to the database is closed instead, as when the
   * process dies, and the commit fails.
   */
  static DataSource crashingAtCommit(DataSource dataSource) {
    return wrap(
        dataSource,
        sql -> {},
        connection -> {
          try {
            connection.close();
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** Connections that run {@code before} before preparing each statement, which may throw. */
  static DataSource beforePrepare(DataSource dataSource, BeforePrepare before) {
    return wrap(dataSource, before, null);
  }

  private static DataSource wrap(
      DataSource dataSource, BeforePrepare before, Consumer<Connection> atCommit) {
    return (DataSource)
        Proxy.newProxyInstance(
            Faults.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection") && method.getParameterCount() == 0) {
                return connection(dataSource.getConnection(), before, atCommit);
              }
              return invoke(method, dataSource, args);
            });
  }

  private static Connection connection(
      Connection real, BeforePrepare before, Consumer<Connection> atCommit) {
    return (Connection)
        Proxy.newProxyInstance(
            Faults.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("prepareStatement")) {
                before.accept((String) args[0]);
              }
              if (method.getName().equals("commit") && atCommit != null) {
                atCommit.accept(real);
                throw new SQLException("injected: the process died before the commit", "08006");
              }
              return invoke(method, real, args);
            });
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
