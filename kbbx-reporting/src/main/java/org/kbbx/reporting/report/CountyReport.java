package org.kbbx.reporting.report;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.reporting.reconciliation.ReconciliationResult;
import org.kbbx.reporting.register.CountyRegisters;

/**
 * What a county education bureau sends up for a date (R-LED-7): reconciliation, registers,
 * ledger, screening list, weekly reports, reporting findings and the home-education visit report,
 * as one immutable value.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class CountyReport {

  CountyReport() {}

  /**
   * Returns the county.
   *
   * @return the county's division code
   */
  public abstract DivisionCode county();

  /**
   * Returns the date the report describes.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the reconciliation of population, records and presence (R-LED-2).
   *
   * @return the reconciliation result
   */
  public abstract ReconciliationResult reconciliation();

  /**
   * Returns the three county registers (R-LED-0).
   *
   * @return the registers
   */
  public abstract CountyRegisters registers();

  /**
   * Returns the school-age population ledger and village table (R-LED-1).
   *
   * @return the ledger
   */
  public abstract PopulationLedger ledger();

  /**
   * Returns the screening warning list (R-LED-3).
   *
   * @return the list
   */
  public abstract ScreeningList screening();

  /**
   * Returns the week's reports, one per school (R-LED-4).
   *
   * @return the weekly reports
   */
  public abstract List<WeeklyReport> weeklyReports();

  /**
   * Returns the missing, late and unexpected reports (R-LED-4, R-LED-5).
   *
   * @return the findings
   */
  public abstract List<ReportFinding> reportFindings();

  /**
   * Returns the home-education visit report (R-LED-6).
   *
   * @return the visit report
   */
  public abstract HomeEducationVisitReport homeEducation();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CountyReport}. */
  public static final class Builder extends ImmutableCountyReport.Builder {
    Builder() {}
  }
}
