package org.kbbx.json.report;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.id.StudentNumber;
import org.kbbx.reporting.report.StatisticsTable;

/**
 * The Jackson module for kbbx reports (R-LED-7): stable field names, ISO dates, Chinese and
 * English labels, identifiers masked unless asked otherwise, optional small-cell suppression.
 *
 * <p>What it writes:
 * <ul>
 *   <li>Report values (records and Immutables types of {@code org.kbbx}) as objects whose field
 *       names are the accessor names ({@code residentId}, {@code personClass}), sorted
 *       alphabetically, so the JSON is stable.
 *   <li>Enums that carry labels as {@code {"code": "NO_RECORD", "zh": "无学籍", "en": "no record"}};
 *       enums as map keys as their code.
 *   <li>{@code LocalDate} and {@code LocalDateTime} as ISO-8601 text; {@code DivisionCode} as its 12
 *       digits; {@code Optional.empty()} as null.
 *   <li>{@link ResidentId}, {@link StudentId} and {@link StudentNumber} as text masked by the one
 *       rule {@link org.kbbx.core.mask.IdMask#mask} ({@code 522428********1234}, R-ID-2, R-ID-5), and
 *       text returned by an accessor named {@code residentId}, {@code studentId},
 *       {@code studentNumber} or {@code student} (raw ID text in input rows, string student keys)
 *       masked the same way, unless {@link #withUnmaskedIds()}. A {@code birthDate} of a value that
 *       also has a {@code residentId} is then written as {@code ****-**-**}: the mask hides exactly
 *       the date the ID encodes, so the two together would be the full number. Every other text
 *       of a report value (names, school codes, details) is written with its ID-like runs masked
 *       ({@link org.kbbx.core.mask.IdMask#maskIdLikeRuns}).
 *   <li>Rates, fractions, targets, target checks, compliance rows, unit rates, rate rejections
 *       and Vavr {@code Either}/{@code Option} values in fixed forms (exact numerator and
 *       denominator, percent text, outcome, exact gap).
 *   <li>{@link StatisticsTable} with its labelled columns and rows; with
 *       {@link #withSmallCellSuppression(int) suppression below k}, every count below k (zero
 *       included) is written as the text {@code "<k"}.
 * </ul>
 *
 * <p>Usage: {@code new ObjectMapper().registerModule(KbbxReportModule.masked())}. The module
 * registers {@link Jdk8Module} and {@link JavaTimeModule} as its dependencies.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KbbxReportModule extends Module {

  private final boolean unmasked;
  private final int suppressBelow;

  private KbbxReportModule(boolean unmasked, int suppressBelow) {
    this.unmasked = unmasked;
    this.suppressBelow = suppressBelow;
  }

  /**
   * Returns the default module: IDs masked, no small-cell suppression.
   *
   * @return the module
   */
  public static KbbxReportModule masked() {
    return new KbbxReportModule(false, 0);
  }

  /**
   * Returns a copy that writes resident IDs, student ids and student numbers in full. Use only
   * where the reader may see them (PIPL Art. 28, R-ID-2).
   *
   * @return the module with unmasked IDs
   */
  public KbbxReportModule withUnmaskedIds() {
    return new KbbxReportModule(true, suppressBelow);
  }

  /**
   * Returns a copy that writes every table count below {@code k} as {@code "<k"}.
   *
   * @param k the smallest count shown, 2 or more (1 would suppress only zeros; 0 turns it off)
   * @return the module with suppression
   * @throws IllegalArgumentException if {@code k} is 1 or negative
   */
  public KbbxReportModule withSmallCellSuppression(int k) {
    if (k < 0 || k == 1) {
      throw new IllegalArgumentException(
          "Invalid small-cell threshold (expected 0 to switch off, or 2 or more): " + k);
    }
    return new KbbxReportModule(unmasked, k);
  }

  /**
   * Returns whether this module writes IDs unmasked.
   *
   * @return true if unmasked
   */
  public boolean unmaskedIds() {
    return unmasked;
  }

  /**
   * Returns the small-cell threshold k, 0 when off.
   *
   * @return the threshold
   */
  public int smallCellThreshold() {
    return suppressBelow;
  }

  @Override
  public String getModuleName() {
    return "kbbx-reporting";
  }

  @Override
  public Version version() {
    return new Version(0, 1, 0, "SNAPSHOT", "org.kbbx", "kbbx-reporting");
  }

  @Override
  public Object getTypeId() {
    return getModuleName() + (unmasked ? "/unmasked" : "/masked") + "/k=" + suppressBelow;
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule());
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(
        ResidentId.class, new IdSerializer<>(ResidentId.class, ResidentId::unmasked, unmasked));
    serializers.addSerializer(
        StudentId.class, new IdSerializer<>(StudentId.class, StudentId::unmasked, unmasked));
    serializers.addSerializer(
        StudentNumber.class,
        new IdSerializer<>(StudentNumber.class, StudentNumber::unmasked, unmasked));
    serializers.addSerializer(DivisionCode.class, new ToStringSerializer(DivisionCode.class));
    serializers.addSerializer(LocalDate.class, new ToStringSerializer(LocalDate.class));
    serializers.addSerializer(LocalDateTime.class, new ToStringSerializer(LocalDateTime.class));
    serializers.addSerializer(StatisticsTable.class, new StatisticsTableSerializer(suppressBelow));
    RateSerializers.register(serializers);
    context.addSerializers(serializers);
    context.addBeanSerializerModifier(new LabelledEnumModifier());
    context.insertAnnotationIntrospector(new ReportIntrospector(unmasked));
  }
}
