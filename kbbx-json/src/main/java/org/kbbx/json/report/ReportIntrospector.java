package org.kbbx.json.report;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import java.lang.reflect.Modifier;
import java.util.Set;

/**
 * Makes kbbx report values serialisable without Jackson annotations in the domain: every public,
 * non-static, zero-argument, non-void method of a kbbx class is a property named like the method,
 * properties are sorted alphabetically, and a {@code residentId} accessor returning text is
 * masked.
 */
final class ReportIntrospector extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;
  private static final Set<String> NOT_PROPERTIES = Set.of("toString", "hashCode", "getClass");

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
    return annotated instanceof AnnotatedClass type && isKbbx(type.getRawType()) ? Boolean.TRUE : null;
  }

  @Override
  public Object findSerializer(Annotated annotated) {
    if (annotated instanceof AnnotatedMethod method && isAccessor(method)
        && method.getName().equals("residentId") && method.getRawReturnType() == String.class) {
      return new IdTextSerializer(unmasked);
    }
    return null;
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
