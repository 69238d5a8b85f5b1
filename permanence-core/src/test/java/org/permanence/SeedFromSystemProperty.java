package org.permanence;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Runs every jqwik property with the seed given in the system property {@value #SEED}, when it is
 * set, and with a random seed as usual when not.
 *
 * <p>The mutation profile sets it, so that each mutant meets the same generated cases and a
 * mutation score can be repeated; the default build leaves it unset and keeps exploring. A
 * property that names its own seed keeps it. Registered for all tests in {@code
 * META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}.
 */
public final class SeedFromSystemProperty implements AroundPropertyHook {

  /** The system property holding the seed, a long in decimal. */
  static final String SEED = "permanence.jqwik.seed";

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public boolean appliesTo(Optional<AnnotatedElement> element) {
    return System.getProperty(SEED) != null;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    if (context.attributes().seed().isEmpty()) {
      context.attributes().setSeed(System.getProperty(SEED));
    }
    return property.execute();
  }
}
