package org.permanence.testkit;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Runs a jqwik property as many tries as the system property {@value #PROPERTY} says, when it is
 * set, and otherwise as many as the property's annotation says: so that a fuzz property can run
 * a few hundred tries in every build and many thousands when asked.
 *
 * <pre>{@code
 * @Property(tries = 200)
 * @AddLifecycleHook(FuzzTries.class)
 * void readsOrSaysWhere(@ForAll("rateCards") CsvMutant card) { ... }
 * }</pre>
 *
 * <p>With Maven, {@code mvn test -Dfuzz.tries=10000} passes the property on to the tests.
 */
public final class FuzzTries implements AroundPropertyHook {

  /** The system property naming the tries: a whole number, at least 1. */
  public static final String PROPERTY = "fuzz.tries";

  /** Creates the hook, as jqwik does. */
  public FuzzTries() {}

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    String tries = System.getProperty(PROPERTY, "").strip();
    if (!tries.isEmpty()) {
      int count;
      try {
        count = Integer.parseInt(tries);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(PROPERTY + " must be a whole number of tries, but was '" + tries + "'", e);
      }
      if (count < 1) {
        throw new IllegalArgumentException(PROPERTY + " must be at least 1, but was " + count);
      }
      context.attributes().setTries(count);
    }
    return property.execute();
  }
}
