package io.github.journeykit.jdbc;

/** The store on embedded H2, the default: no set-up. */
class H2StoreTests implements EveryContract {

  @Override
  public Database open() {
    return Database.h2();
  }
}
