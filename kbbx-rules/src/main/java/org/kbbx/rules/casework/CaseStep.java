package org.kbbx.rules.casework;

import org.kbbx.rules.escalation.EvidenceKind;

/**
 * The steps of a return-persuasion case (劝返复学, 一生一案), in the order a case walks them
 * (docs/rules.md §6, R-CASE-1, R-CASE-3).
 *
 * <p>A case moves forward one step at a time or ends. {@link #NON_RESIDENT_HANDOVER} is taken only
 * by a student whose household registration (户籍) is in another county; it comes right after
 * {@link #CONTACT} so the receiving county can run the remaining steps (seed 001).
 *
 * <p>Who acts on a step and who is told is routing data of the jurisdiction profile (R-RC-14):
 * {@code org.kbbx.rules.routing.RoutingTable#national()} is the default.
 *
 * <p>Each constant carries its Chinese label. This class is immutable and thread-safe.
 */
public enum CaseStep {
  /** 联系家长: the school's assigned person contacts parents and student (seed 002). */
  CONTACT("联系家长和学生", "contact parents and student", EvidenceKind.CONTACT_RECORD),
  /**
   * 移交户籍地: the education bureau notifies the bureau of the household-registration county and
   * hands over the electronic record (非户籍学生, seed 001, R-CASE-3).
   */
  NON_RESIDENT_HANDOVER(
      "通报户籍所在地教育部门并移交电子档案",
      "hand over to the household-registration county",
      EvidenceKind.HANDOVER_RECORD),
  /** 劝返通知书: contact was ineffective, the school issues a return notice. */
  RETURN_NOTICE("下达劝返通知书", "return notice", EvidenceKind.RETURN_NOTICE),
  /** 书面报告教育局: refused or unreachable, written report to the county education bureau. */
  BUREAU_REPORT(
      "书面报告县教育局", "written report to the county education bureau", EvidenceKind.WRITTEN_REPORT),
  /**
   * 报告政府: the bureau notifies the township government and reports in writing to the county
   * government; the township or the bureau sends people to persuade until the student returns.
   */
  GOVERNMENT_ESCALATION(
      "通报乡镇政府并书面报告县政府",
      "escalation to township and county government",
      EvidenceKind.WRITTEN_REPORT),
  /** 责令限期改正: guardians are criticised and ordered to correct within a time limit. */
  ORDER_TO_CORRECT(
      "批评教育并责令限期改正", "order to correct within a time limit", EvidenceKind.CORRECTION_ORDER),
  /** 敦促入学通知书: not corrected in time, a legal document urging enrolment (seed 000). */
  URGE_NOTICE("下达《敦促入学通知书》", "urge-to-enrol notice", EvidenceKind.URGE_NOTICE),
  /** 依法追究法律责任: serious cases, legal liability. */
  LEGAL_ACTION("依法追究法律责任", "legal action", EvidenceKind.LEGAL_DOCUMENT);

  private final String chineseLabel;
  private final String englishLabel;
  private final EvidenceKind evidence;

  CaseStep(String chineseLabel, String englishLabel, EvidenceKind evidence) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
    this.evidence = evidence;
  }

  /**
   * Returns the kind of document that must be kept as evidence of this step (材料留存, seed 002).
   *
   * @return the kind, never null
   */
  public EvidenceKind evidence() {
    return evidence;
  }

  /**
   * Returns the Chinese label, for example {@code 下达劝返通知书}.
   *
   * @return the label, never null
   */
  public String chineseLabel() {
    return chineseLabel;
  }

  /**
   * Returns the English label.
   *
   * @return the label, never null
   */
  public String englishLabel() {
    return englishLabel;
  }
}
