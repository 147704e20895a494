package org.kbbx.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style every kbbx value type shares.
 *
 * <p>Value types are written "sandwich" style: an abstract public type annotated with
 * {@code @KbbxStyle @Value.Immutable}, a {@code public static Builder builder()} and a nested
 * {@code public static final class Builder extends ImmutableX.Builder {}}, so that generated
 * {@code ImmutableX} classes never appear in a public signature. Generated code uses only the JDK
 * ({@code jdkOnly}), whatever else is on the classpath, and carries no annotation from the classpath
 * ({@code allowedClasspathAnnotations} lists only {@link Override}; an empty list would allow them
 * all): no {@code org.immutables.value.Generated} and no {@code javax.annotation.processing.Generated}
 * on generated classes, so the Immutables annotations are a compile-time ({@code provided})
 * dependency, vendors' compilers never warn about a missing annotation class, and the generated
 * classes need nothing beyond {@code java.base} under JPMS. The style itself is kept only in source
 * ({@code RetentionPolicy.SOURCE}): the annotation processor reads it while compiling, and a
 * vendor's compiler or Javadoc never meets its Immutables enum constants in kbbx's class files.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = false),
    allParameters = false,
    overshadowImplementation = true,
    allowedClasspathAnnotations = {Override.class})
public @interface KbbxStyle {}
