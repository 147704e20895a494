package org.kbbx.json.report;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes kbbx report values serialisable without Jackson annotations in the domain: every public,
 * non-static, zero-argument, non-void method of a kbbx class is a property named like the method,
 * properties are sorted alphabetically, and an accessor named like an identifier
 * ({@code residentId}, {@code studentId}, {@code studentNumber}, {@code student}) returning text
 * is masked by the one rule (R-ID-5); in masked mode a {@code birthDate} next to a
 * {@code residentId} is written as {@code ****-**-**}, because the masked ID and its birth date
 * together are the full number; any other text an accessor returns (a name, a school code, a
 * detail), alone or in a collection, is written with its ID-like runs masked
 * ({@link org.kbbx.core.mask.IdMask#maskIdLikeRuns}).
 */
final class ReportIntrospector extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;
  private static final Set<String> NOT_PROPERTIES = Set.of("toString", "hashCode", "getClass");
  private static final Set<String> ID_TEXT =
      Set.of("residentId", "studentId", "studentNumber", "student");

  private final boolean unmasked;

  ReportIntrospector(boolean unmasked) {
    this.unmasked = unmasked;
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public PropertyName findNameForSerialization(Annotated annotated) {
    if (annotated instanceof AnnotatedMethod method && isAccessor(method)) {
      return PropertyName.construct(method.getName());
    }
    return null;
  }

  @Override
  public Boolean findSerializationSortAlphabetically(Annotated annotated) {
    return annotated instanceof AnnotatedClass type && isKbbx(type.getRawType())
        ? Boolean.TRUE
        : null;
  }

  @Override
  public Object findSerializer(Annotated annotated) {
    if (annotated instanceof AnnotatedMethod method
        && isAccessor(method)
        && ID_TEXT.contains(method.getName())
        && method.getRawReturnType() == String.class) {
      return new IdSerializer<>(String.class, Function.identity(), unmasked);
    }
    if (!unmasked
        && annotated instanceof AnnotatedMethod method
        && isAccessor(method)
        && method.getRawReturnType() == String.class) {
      return IdLikeTextSerializer.INSTANCE;
    }
    if (!unmasked
        && annotated instanceof AnnotatedMethod method
        && isAccessor(method)
        && method.getName().equals("birthDate")
        && method.getRawReturnType() == LocalDate.class
        && hasIdAccessor(method.getDeclaringClass())) {
      return new MaskedDateSerializer();
    }
    return null;
  }

  @Override
  public Object findContentSerializer(Annotated annotated) {
    if (!unmasked
        && annotated instanceof AnnotatedMethod method
        && isAccessor(method)
        && java.util.Collection.class.isAssignableFrom(method.getRawReturnType())
        && method.getType().getContentType() != null
        && method.getType().getContentType().getRawClass() == String.class) {
      return IdLikeTextSerializer.INSTANCE;
    }
    return null;
  }

  private static boolean hasIdAccessor(Class<?> type) {
    try {
      return type.getMethod("residentId").getParameterCount() == 0;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static boolean isAccessor(AnnotatedMethod method) {
    int modifiers = method.getAnnotated().getModifiers();
    return Modifier.isPublic(modifiers)
        && !Modifier.isStatic(modifiers)
        && method.getParameterCount() == 0
        && method.getRawReturnType() != Void.TYPE
        && isKbbx(method.getDeclaringClass())
        && !NOT_PROPERTIES.contains(method.getName());
  }

  private static boolean isKbbx(Class<?> type) {
    return type.getName().startsWith("org.kbbx.") && !type.isEnum();
  }
}
