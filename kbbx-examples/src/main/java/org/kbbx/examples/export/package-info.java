/**
 * The demo's files: {@link org.kbbx.examples.export.DemoWorkbook} writes a {@link
 * org.kbbx.examples.demo.DemoBook} as the Excel workbook a bureau exchanges ({@code kbbx demo
 * --xlsx}), {@link org.kbbx.examples.export.DemoPage} as a self-contained dashboard page ({@code
 * --html}). Both read rates through {@link org.kbbx.examples.export.RateView}, so they show the
 * same numbers as each other and as the library.
 *
 * <p>Choices where DOMAIN.md is silent:
 * <ul>
 *   <li>Seed 003 names its 附件1–3 but not their columns. 附件1 (摸底登记) lists every school-age
 *       child village by village with township, sex, school and schooling; 附件2 (学龄人口台账)
 *       is the library's {@code PopulationLedger} with status, ledger column and evidence; 附件3
 *       is its village statistics table, the columns of {@code LedgerColumn}.
 *   <li>The 适龄儿童台账 holds every student of the synthetic county (all are of compulsory age
 *       and enrolled); the survey's reconciliation reads the county's own rosters as population,
 *       records and presence, so 无学籍 and 人在籍不在 are empty and 籍在人不在 are the children
 *       not attending on the as-of date.
 *   <li>Identifiers are masked by {@link org.kbbx.core.mask.IdMask} (R-ID-5) unless the caller
 *       asks with {@code --unmasked-ids}; free text (reasons, evidence) has its ID-like runs
 *       masked. The page shows no child at all, only counts and rates.
 *   <li>A rate that cannot be given is shown as why: 待定 pending (R-RATE-17), 缺数据 missing
 *       counts, 无此指标 not computable — never as 0.
 *   <li>A week runs Monday to Sunday; the first is the week of the first school day, the last
 *       ends on the as-of date. The weekly registers are the library's registers as of each
 *       week's last day ({@code CountyRegisters.of}).
 *   <li>The files are for a county that fits one worksheet: {@code kbbx demo} refuses --xlsx and
 *       --html above 1,000,000 students.
 * </ul>
 */
package org.kbbx.examples.export;
