package org.kbbx.rules.escalation;

/**
 * A kind of document kept as evidence (佐证材料, 材料留存): for an exclusion (R-ABS-5) or a step of
 * a return-persuasion case (R-CASE-1).
 *
 * <p>Each constant carries its Chinese label. This class is immutable and thread-safe.
 */
public enum EvidenceKind {
  /** 延缓入学审批表: approval of deferred entry. */
  DEFERRAL_APPROVAL("延缓入学审批表"),
  /** 入学安置评估档案: placement assessment for a disabled child. */
  PLACEMENT_ASSESSMENT("入学安置评估档案"),
  /** 送教上门记录: home-education visit records. */
  HOME_EDUCATION_RECORD("送教上门记录"),
  /** 请假审批: approved leave request. */
  LEAVE_APPROVAL("请假审批"),
  /** 休学审批: approved suspension. */
  SUSPENSION_APPROVAL("休学审批"),
  /** 毕业证书: completion certificate. */
  GRADUATION_CERTIFICATE("毕业证书"),
  /** 在读证明: proof of attendance from the other school or its bureau. */
  ENROLMENT_PROOF("在读证明"),
  /** 出入境证明: exit record or proof of residence abroad. */
  EXIT_RECORD("出入境证明"),
  /** 公安部门证明: police certificate (missing persons). */
  POLICE_CERTIFICATE("公安部门证明"),
  /** 死亡证明/户籍注销证明: death certificate or cancellation of household registration. */
  DEATH_CERTIFICATE("死亡证明"),
  /** 联系记录: record of contact with the family. */
  CONTACT_RECORD("联系记录"),
  /** 劝返通知书: return notice. */
  RETURN_NOTICE("劝返通知书"),
  /** 书面报告: written report. */
  WRITTEN_REPORT("书面报告"),
  /** 电子学籍档案转交记录: hand-over of the electronic record. */
  HANDOVER_RECORD("电子学籍档案转交记录"),
  /** 责令限期改正通知: order to correct within a time limit. */
  CORRECTION_ORDER("责令限期改正通知"),
  /** 敦促入学通知书: urge-to-enrol notice. */
  URGE_NOTICE("敦促入学通知书"),
  /** 司法文书: court or legal document. */
  LEGAL_DOCUMENT("司法文书"),
  /** 复学记录: record of the return to school. */
  RETURN_RECORD("复学记录");

  private final String chineseLabel;

  EvidenceKind(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /**
   * Returns the Chinese label, for example {@code 劝返通知书}.
   *
   * @return the label, never null
   */
  public String chineseLabel() {
    return chineseLabel;
  }
}
