package org.permanence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The one Immutables style of the project, applied in each value package's {@code package-info}.
 *
 * <p>Generated classes are package-private and hidden behind the abstract type, which offers
 * public {@code of(...)} and {@code builder()} factories; builders are strict (each attribute set
 * once). Only {@code @Override} is copied from the classpath, so downstream modules see no
 * {@code @Generated} warnings.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    redactedMask = "<redacted>",
    allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {}
