package org.kbbx.json.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.kbbx.core.rate.Fraction;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.rate.Target;
import org.kbbx.core.rate.TargetCheck;
import org.kbbx.reporting.rate.ComplianceRow;
import org.kbbx.reporting.rate.RateKind;
import org.kbbx.reporting.rate.RateRejection;
import org.kbbx.reporting.rate.UnitRates;

/**
 * The JSON form of rates and targets (R-LED-7, R-RATE-20), written field by field in a fixed
 * order:
 *
 * <ul>
 *   <li>{@code Rate}: {@code {"numerator", "denominator", "defined", "percent"}}, percent the text
 *       of {@link Rate#format()} ({@code "94.74%"}, or {@code "undefined"});
 *   <li>{@code Fraction}: {@code {"numerator", "denominator", "text"}} (exact, {@code "1/500"});
 *   <li>{@code Target}: {@code {"comparison", "threshold", "text"}} ({@code "<= 0.6%"});
 *   <li>{@code TargetCheck}: {@code {"target", "rate", "outcome", "met", "difference",
 *       "shortfall", "shortfallPoints"}}, the gap exact and in percentage points (2 decimals,
 *       HALF_UP), null when the rate is undefined;
 *   <li>{@code ComplianceRow}: {@code {"unit", "kind", "target", "outcome", "check",
 *       "rejection"}}, one of the last two null;
 *   <li>a Vavr {@code Either}: {@code {"value": …}} or {@code {"rejection": …}}; an {@code
 *       Option}: its value or null;
 *   <li>{@code RateRejection}: {@code {"code", "message"}};
 *   <li>{@code UnitRates}: one field per {@link RateKind} name, each an {@code Either}.
 * </ul>
 */
final class RateSerializers {

  private RateSerializers() {}

  static void register(SimpleSerializers serializers) {
    serializers.addSerializer(Rate.class, new RateSerializer());
    serializers.addSerializer(Fraction.class, new FractionSerializer());
    serializers.addSerializer(Target.class, new TargetSerializer());
    serializers.addSerializer(TargetCheck.class, new CheckSerializer());
    serializers.addSerializer(ComplianceRow.class, new RowSerializer());
    serializers.addSerializer(Either.class, new EitherSerializer());
    serializers.addSerializer(Option.class, new OptionSerializer());
    serializers.addSerializer(RateRejection.class, new RejectionSerializer());
    serializers.addSerializer(UnitRates.class, new UnitRatesSerializer());
  }

  private static void field(
      JsonGenerator gen, SerializerProvider provider, String name, Object value)
      throws IOException {
    gen.writeFieldName(name);
    provider.defaultSerializeValue(value, gen);
  }

  /** The exact fraction as percentage points, 2 decimals, HALF_UP. */
  static String points(Fraction f) {
    return new BigDecimal(f.numerator())
        .multiply(BigDecimal.valueOf(100))
        .divide(new BigDecimal(f.denominator()), 2, RoundingMode.HALF_UP)
        .toPlainString();
  }

  private static final class RateSerializer extends StdSerializer<Rate> {
    private static final long serialVersionUID = 1L;

    RateSerializer() {
      super(Rate.class);
    }

    @Override
    public void serialize(Rate rate, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeNumberField("numerator", rate.numerator());
      gen.writeNumberField("denominator", rate.denominator());
      gen.writeBooleanField("defined", rate.isDefined());
      gen.writeStringField("percent", rate.format());
      gen.writeEndObject();
    }
  }

  private static final class FractionSerializer extends StdSerializer<Fraction> {
    private static final long serialVersionUID = 1L;

    FractionSerializer() {
      super(Fraction.class);
    }

    @Override
    public void serialize(Fraction f, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeFieldName("numerator");
      gen.writeNumber(f.numerator());
      gen.writeFieldName("denominator");
      gen.writeNumber(f.denominator());
      gen.writeStringField("text", f.toString());
      gen.writeEndObject();
    }
  }

  private static final class TargetSerializer extends StdSerializer<Target> {
    private static final long serialVersionUID = 1L;

    TargetSerializer() {
      super(Target.class);
    }

    @Override
    public void serialize(Target t, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      field(gen, provider, "comparison", t.comparison());
      field(gen, provider, "threshold", t.threshold());
      gen.writeStringField("text", t.toString());
      gen.writeEndObject();
    }
  }

  private static final class CheckSerializer extends StdSerializer<TargetCheck> {
    private static final long serialVersionUID = 1L;

    CheckSerializer() {
      super(TargetCheck.class);
    }

    @Override
    public void serialize(TargetCheck c, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      field(gen, provider, "target", c.target());
      field(gen, provider, "rate", c.rate());
      field(gen, provider, "outcome", c.outcome());
      gen.writeBooleanField("met", c.isMet());
      field(gen, provider, "difference", c.difference().getOrNull());
      field(gen, provider, "shortfall", c.shortfall().getOrNull());
      gen.writeStringField(
          "shortfallPoints", c.shortfall().map(RateSerializers::points).getOrNull());
      gen.writeEndObject();
    }
  }

  @SuppressWarnings("rawtypes")
  private static final class RowSerializer extends StdSerializer<ComplianceRow> {
    private static final long serialVersionUID = 1L;

    RowSerializer() {
      super(ComplianceRow.class);
    }

    @Override
    public void serialize(ComplianceRow row, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      field(gen, provider, "unit", row.unit());
      field(gen, provider, "kind", row.kind());
      field(gen, provider, "target", row.target());
      field(gen, provider, "outcome", row.outcome());
      Either<?, ?> result = row.result();
      field(gen, provider, "check", result.isRight() ? result.get() : null);
      field(gen, provider, "rejection", result.isLeft() ? result.getLeft() : null);
      gen.writeEndObject();
    }
  }

  @SuppressWarnings("rawtypes")
  private static final class EitherSerializer extends StdSerializer<Either> {
    private static final long serialVersionUID = 1L;

    EitherSerializer() {
      super(Either.class);
    }

    @Override
    public void serialize(Either either, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      if (either.isRight()) {
        field(gen, provider, "value", either.get());
      } else {
        field(gen, provider, "rejection", either.getLeft());
      }
      gen.writeEndObject();
    }
  }

  @SuppressWarnings("rawtypes")
  private static final class OptionSerializer extends StdSerializer<Option> {
    private static final long serialVersionUID = 1L;

    OptionSerializer() {
      super(Option.class);
    }

    @Override
    public void serialize(Option option, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      provider.defaultSerializeValue(option.getOrNull(), gen);
    }
  }

  private static final class RejectionSerializer extends StdSerializer<RateRejection> {
    private static final long serialVersionUID = 1L;

    RejectionSerializer() {
      super(RateRejection.class);
    }

    @Override
    public void serialize(RateRejection r, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("code", r.code().name());
      gen.writeStringField("message", r.message());
      gen.writeEndObject();
    }
  }

  private static final class UnitRatesSerializer extends StdSerializer<UnitRates> {
    private static final long serialVersionUID = 1L;

    UnitRatesSerializer() {
      super(UnitRates.class);
    }

    @Override
    public void serialize(UnitRates rates, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      for (Map.Entry<RateKind, Either<RateRejection, Rate>> e : rates.asMap().entrySet()) {
        field(gen, provider, e.getKey().name(), e.getValue());
      }
      gen.writeEndObject();
    }
  }
}
