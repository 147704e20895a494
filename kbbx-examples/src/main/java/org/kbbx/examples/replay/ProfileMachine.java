package org.kbbx.examples.replay;

import java.time.Period;
import org.kbbx.core.status.MachineParameters;
import org.kbbx.core.status.StatusMachine;
import org.kbbx.rules.escalation.DropoutMode;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.SuspensionLimits;

/**
 * The status machine a profile implies: automatic dropout or not, after how many months, and the
 * suspension limits (R-ABS-3, R-SM-7).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProfileMachine {

  private ProfileMachine() {}

  /**
   * Returns the machine parameters of a profile.
   *
   * @param profile the resolved profile, not null
   * @return the parameters
   */
  public static MachineParameters parameters(EffectiveProfile profile) {
    SuspensionLimits limits = profile.suspension().value();
    return MachineParameters.builder()
        .automaticDropout(profile.dropout().value().mode() == DropoutMode.AUTOMATIC)
        .automaticDropoutAfter(Period.ofMonths(profile.dropout().value().months()))
        .maxSuspension(limits.maxLength())
        .maxSuspensionExtensions(limits.maxExtensions())
        .maxSuspensionTotal(limits.maxTotal())
        .build();
  }

  /**
   * Returns the status machine of a profile.
   *
   * @param profile the resolved profile, not null
   * @return the machine
   */
  public static StatusMachine of(EffectiveProfile profile) {
    return StatusMachine.of(parameters(profile));
  }
}
