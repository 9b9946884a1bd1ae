import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { type EnumValue, graphqlEnum } from '../../common/graphql-enum.js';
import { FindingSeverity } from '../findings/finding.entity.js';
import { DirectiveDocumentType } from '../registers/directive-document.entity.js';
import { AssessmentIndex } from '../registers/index-result.entity.js';
import { TthcFigures } from '../registers/tthc-figures.js';

/** How a roll-up names and groups units: as the year had them, or under today's units (issue 16). */
export const RollupStructure = graphqlEnum(
  { name: 'RollupStructure', description: 'Cơ cấu tại thời điểm đó (mặc định) hoặc cơ cấu hiện nay' },
  ['AS_IT_WAS', 'TODAY'],
);
export type RollupStructure = EnumValue<typeof RollupStructure>;

@ObjectType({ description: 'Đơn vị trong phạm vi tổng hợp' })
export class RollupUnit {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, {
    description:
      'TODAY: the row holds the past of a unit split since, shown under each of its successors (never add such rows up)',
  })
  sharedPast?: boolean;

  @Field(() => [String], {
    description: 'TODAY: the units of the year whose figures the row holds, other than the unit itself',
  })
  formerUnits?: string[];
}

@ObjectType({ description: 'Tỷ lệ đơn vị được kiểm tra trong năm' })
export class RollupCoverage {
  @Field(() => Int, { description: 'Units below the root active at any time in the year' })
  inScope!: number;

  @Field(() => Int, { description: 'Units with at least one approved visit dated in the year' })
  inspected!: number;

  @Field(() => Float, { description: 'inspected / inScope; 0 when nothing is in scope' })
  ratio!: number;

  @Field(() => [RollupUnit])
  unitsNotInspected!: RollupUnit[];
}

/** Pass/fail answers of approved visits, weighted by the points of their items. */
@ObjectType({ description: 'Mức độ đạt tiêu chí, tính theo điểm' })
export class ComplianceFigure {
  @Field(() => String, { description: 'Group code, item code or unit id; TOTAL for the whole scope' })
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { nullable: true, description: 'The group code of an item' })
  groupCode!: string | null;

  @Field(() => Int)
  passed!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => Int, { description: 'Không áp dụng: left out of the ratio' })
  notApplicable!: number;

  @Field(() => Float)
  passedPoints!: number;

  @Field(() => Float, { description: 'Points of the PASS and FAIL answers' })
  applicablePoints!: number;

  @Field(() => Float, { nullable: true, description: 'passedPoints / applicablePoints; null when nothing applied' })
  ratio!: number | null;

  @Field(() => Boolean, { description: 'A unit row (TODAY): it holds a split unit’s past, also shown elsewhere' })
  sharedPast?: boolean;

  @Field(() => [String], { description: 'A unit row (TODAY): the units of the year it holds, other than itself' })
  formerUnits?: string[];
}

@ObjectType({ description: 'Mức độ đạt theo nhóm, tiêu chí và đơn vị' })
export class RollupCompliance {
  @Field(() => ComplianceFigure)
  total!: ComplianceFigure;

  @Field(() => [ComplianceFigure], { description: 'By criterion group code, across checklist versions' })
  byGroup!: ComplianceFigure[];

  @Field(() => [ComplianceFigure], { description: 'By item code, across checklist versions' })
  byItem!: ComplianceFigure[];

  @Field(() => [ComplianceFigure], { description: 'By inspected unit (key = unit id)' })
  byUnit!: ComplianceFigure[];
}

/** Findings counted by what became of them, as of the roll-up's asOf day. */
@ObjectType({ description: 'Tồn tại theo kết quả khắc phục' })
export class FindingFigure {
  @Field(() => String, { description: 'Group code (the group title for a finding without an item); TOTAL overall' })
  groupCode!: string;

  @Field(() => String)
  groupTitle!: string;

  @Field(() => FindingSeverity, { nullable: true, description: 'null on the total' })
  severity!: FindingSeverity | null;

  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: 'Closed on or before the deadline (or closed without a deadline)' })
  fixedOnTime!: number;

  @Field(() => Int, { description: 'Closed after the deadline' })
  fixedLate!: number;

  @Field(() => Int, { description: 'Not closed, deadline before asOf' })
  overdue!: number;

  @Field(() => Int, { description: 'Not closed, not overdue' })
  open!: number;

  @Field(() => Int, { description: 'Same item and responsible unit had a finding in an earlier year' })
  repeat!: number;
}

@ObjectType({ description: 'Tồn tại, hạn chế và việc khắc phục' })
export class RollupFindings {
  @Field(() => FindingFigure)
  total!: FindingFigure;

  @Field(() => [FindingFigure])
  byGroupAndSeverity!: FindingFigure[];
}

@ObjectType({ description: 'Số văn bản chỉ đạo theo loại' })
export class DocumentCount {
  @Field(() => DirectiveDocumentType)
  type!: DirectiveDocumentType;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Điểm SIPAS / PAR INDEX của một năm' })
export class IndexScore {
  @Field(() => Int)
  year!: number;

  @Field(() => AssessmentIndex)
  index!: AssessmentIndex;

  @Field(() => Float)
  totalScore!: number;

  @Field(() => Int, { nullable: true })
  rank!: number | null;

  @Field(() => Int, { nullable: true, description: 'How many departments were ranked: the N of rank/N' })
  rankOf!: number | null;
}

@ObjectType({ description: 'Cảnh báo số liệu không khớp' })
export class RollupWarning {
  @Field(() => String)
  code!: string;

  @Field(() => String, { description: 'In Vietnamese, for the user' })
  message!: string;
}

/** One year of the year-over-year comparison; each figure is the one `rollup(year)` gives for that year. */
@ObjectType({ description: 'Số liệu một năm trong so sánh qua các năm' })
export class RollupYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Boolean, {
    description: 'At least one approved visit dated in that year: without one its figures are "no data", not zero',
  })
  hasData!: boolean;

  @Field(() => Int, { description: 'Units below the root active at any time in that year' })
  unitsInScope!: number;

  @Field(() => Int, { description: 'Units with at least one approved visit dated in that year' })
  unitsInspected!: number;

  @Field(() => Float, { description: 'unitsInspected / unitsInScope; 0 when nothing is in scope' })
  coverageRatio!: number;

  @Field(() => ComplianceFigure, { description: 'Compliance by points over the whole scope (key TOTAL)' })
  compliance!: ComplianceFigure;

  @Field(() => [ComplianceFigure], { description: 'Compliance per criterion group code' })
  complianceByGroup!: ComplianceFigure[];

  @Field(() => Int, { description: "Findings of that year's approved visits" })
  findings!: number;

  @Field(() => Int)
  findingsFixedOnTime!: number;

  @Field(() => Int)
  findingsFixedLate!: number;

  @Field(() => Int, { description: 'Not closed, deadline before that year’s asOf day' })
  findingsOverdue!: number;

  @Field(() => Float, { nullable: true, description: 'findingsFixedOnTime / findings; null without findings' })
  fixedOnTimeRatio!: number | null;
}

/** A unit of the scope that needs leadership's attention in the year, and why. */
@ObjectType({ description: 'Đơn vị cần lãnh đạo chú ý' })
export class RollupAttentionUnit {
  @Field(() => RollupUnit)
  unit!: RollupUnit;

  @Field(() => Int, { description: 'Approved visits dated in the year; 0: not inspected' })
  visits!: number;

  @Field(() => Int, { description: 'Findings of the year with this responsible unit, overdue as of asOf' })
  overdueFindings!: number;

  @Field(() => Int, { description: 'Không đạt answers of its visits in the year' })
  failedAnswers!: number;

  @Field(() => Float, { nullable: true, description: 'Its compliance by points; null when nothing applied' })
  complianceRatio!: number | null;
}

@ObjectType({ description: 'Tổng hợp kết quả của một năm trên một cây đơn vị' })
export class Rollup {
  @Field(() => Int)
  year!: number;

  @Field(() => ID, { nullable: true, description: 'null: every department' })
  rootUnitId!: string | null;

  @Field(() => RollupStructure, {
    description:
      "AS_IT_WAS: the year's own units and names. TODAY: the units' rows under today's units (a split unit's past under each successor, marked); totals over the year's units, once each",
  })
  structure!: RollupStructure;

  @Field(() => GraphQLLocalDate, {
    description: 'The day overdue is judged on: today, or 31 December for a past year',
  })
  asOf!: string;

  @Field(() => RollupCoverage)
  coverage!: RollupCoverage;

  @Field(() => RollupCompliance)
  compliance!: RollupCompliance;

  @Field(() => RollupFindings)
  findings!: RollupFindings;

  @Field(() => Int, {
    description: 'Findings of the year that repeat one of the previous year: same item, same responsible unit',
  })
  repeatFindings!: number;

  @Field(() => [DocumentCount], { description: 'Every document type, issued in the year within the tree' })
  documents!: DocumentCount[];

  @Field(() => TthcFigures, { description: 'The department’s TTHC catalogue of the year' })
  tthc!: TthcFigures;

  @Field(() => [IndexScore], { description: 'SIPAS and PAR INDEX of the year' })
  indexScores!: IndexScore[];

  @Field(() => [IndexScore], { description: 'SIPAS and PAR INDEX of every year, oldest first' })
  indexTrend!: IndexScore[];

  @Field(() => [RollupWarning])
  warnings!: RollupWarning[];
}

/** The figures a roll-up can be drilled into; `key` narrows some of them. */
export const RollupFigure = graphqlEnum(
  { name: 'RollupFigure', description: 'A roll-up figure to list the records of' },
  [
    'UNITS_IN_SCOPE',
    'UNITS_INSPECTED',
    'UNITS_NOT_INSPECTED',
    /** key: group code */
    'COMPLIANCE_GROUP',
    /** key: item code */
    'COMPLIANCE_ITEM',
    /** key: unit id */
    'COMPLIANCE_UNIT',
    /** key (optional): group code */
    'FINDINGS',
    'FINDINGS_FIXED_ON_TIME',
    'FINDINGS_FIXED_LATE',
    'FINDINGS_OVERDUE',
    'FINDINGS_OPEN',
    'REPEAT_FINDINGS',
    /** key (optional): document type */
    'DOCUMENTS',
    /** key: unit id; why the unit is on the attention list: not inspected, its overdue findings, its failed answers */
    'UNIT_ATTENTION',
  ],
);
export type RollupFigure = EnumValue<typeof RollupFigure>;

@ObjectType({ description: 'Một bản ghi đứng sau một số liệu tổng hợp' })
export class RollupRecord {
  @Field(() => String, { description: 'UNIT, ANSWER, FINDING or DOCUMENT' })
  kind!: string;

  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  date!: string | null;

  @Field(() => String)
  label!: string;

  @Field(() => String, { nullable: true })
  detail!: string | null;

  @Field(() => ID, { nullable: true })
  visitId!: string | null;

  @Field(() => ID, { nullable: true })
  findingId!: string | null;

  @Field(() => Boolean, { description: 'An answer marked Không đạt (the drill-down can show only these)' })
  failed!: boolean;
}
