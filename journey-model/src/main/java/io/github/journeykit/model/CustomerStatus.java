package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.collection.Iterator;
import io.vavr.control.Option;
import org.apiguardian.api.API;

/**
 * The overlay status of a customer, independent of their stage and reachable from any stage [000].
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public enum CustomerStatus {
  /** In active work: the default for every customer. */
  ACTIVE("active"),
  /**
   * "Grey": not a target customer, or refuses to deal with us on principle. A grey customer keeps
   * their stage on the ladder but is out of active work.
   */
  GREY("grey"),
  /** "Blue": bought elsewhere, or left us after buying; to be won back. */
  BLUE("blue");

  private final String id;

  CustomerStatus(String id) {
    this.id = id;
  }

  /**
   * Returns the lowercase id used in files and reports.
   *
   * @return {@code active}, {@code grey} or {@code blue}
   */
  public String id() {
    return id;
  }

  /**
   * Finds the status with the given id.
   *
   * @param id a lowercase id such as {@code grey}
   * @return the status, or none when the id names no status
   */
  public static Option<CustomerStatus> ofId(String id) {
    return Iterator.of(values()).find(status -> status.id.equals(id));
  }
}
