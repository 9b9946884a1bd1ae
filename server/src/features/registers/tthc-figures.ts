import { Field, Float, Int, ObjectType } from 'type-graphql';
import { formatPercent } from '../../common/vietnamese.js';
import { OnlineService, ProcedureLevel, ProcedureMechanism } from './administrative-procedure.entity.js';

/** What the figures need of a catalogue row. */
export interface ProcedureRow {
  level: ProcedureLevel;
  mechanism: ProcedureMechanism;
  onlineService: OnlineService;
  publicPostal: boolean;
  legalDays: number | null;
  daysCut: number | null;
}

/** Time cuts at one level: procedures reviewed (daysCut > 0), days cut and the legal days of those. */
@ObjectType({ description: 'Cắt giảm thời gian giải quyết TTHC ở một cấp' })
export class TthcLevelFigures {
  @Field(() => ProcedureLevel)
  level!: ProcedureLevel;

  @Field(() => Int, { description: 'Procedures of this level in the catalogue' })
  procedures!: number;

  @Field(() => Int, { description: 'Procedures with days cut' })
  reviewed!: number;

  @Field(() => Int)
  daysCut!: number;

  @Field(() => Int, { description: 'Legal days of the reviewed procedures' })
  legalDays!: number;

  @Field(() => Float, { nullable: true, description: 'daysCut / legalDays; null when nothing was reviewed' })
  cutShare!: number | null;

  @Field(() => String, { nullable: true, description: 'cutShare as written in the report, e.g. 33,11%' })
  cutShareText!: string | null;
}

/** The TTHC figures of a year, computed from the catalogue (never typed in). */
@ObjectType({ description: 'Số liệu TTHC của năm' })
export class TthcFigures {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: 'Under một cửa' })
  oneStop!: number;

  @Field(() => Int, { description: 'Under một cửa liên thông' })
  interconnected!: number;

  @Field(() => Int, { description: 'Online, toàn trình or một phần' })
  online!: number;

  @Field(() => Int)
  onlineFull!: number;

  @Field(() => Int)
  onlinePartial!: number;

  @Field(() => Float, { nullable: true, description: 'online / total; null with no procedure in the catalogue' })
  onlineShare!: number | null;

  @Field(() => String, { nullable: true, description: 'online / total, e.g. 87,91%' })
  onlineShareText!: string | null;

  @Field(() => Int, { description: 'Through the public postal service' })
  publicPostal!: number;

  @Field(() => Float, { nullable: true, description: 'publicPostal / total; null with no procedure' })
  publicPostalShare!: number | null;

  @Field(() => String, { nullable: true, description: 'publicPostal / total, e.g. 97,8%' })
  publicPostalShareText!: string | null;

  @Field(() => [TthcLevelFigures], { description: 'One entry per level, TINH, HUYEN, XA' })
  levels!: TthcLevelFigures[];
}

/** Received and returned under một cửa or một cửa liên thông (every mechanism the catalogue knows). */
export const isOneStop = (row: ProcedureRow): boolean =>
  row.mechanism === ProcedureMechanism.MOT_CUA || row.mechanism === ProcedureMechanism.MOT_CUA_LIEN_THONG;

/** Offered as an online public service, toàn trình or một phần. */
export const isOnline = (row: ProcedureRow): boolean =>
  row.onlineService === OnlineService.TOAN_TRINH || row.onlineService === OnlineService.MOT_PHAN;

/** Reviewed with its processing time cut: some days cut. */
export const isTimeCut = (row: ProcedureRow): boolean => (row.daysCut ?? 0) > 0;

const LEVELS: ProcedureLevel[] = [ProcedureLevel.TINH, ProcedureLevel.HUYEN, ProcedureLevel.XA];

/** Counts the catalogue of a year the way the annual report states it (domain.md, "TTHC figures"). */
export function tthcFigures(year: number, rows: readonly ProcedureRow[]): TthcFigures {
  const count = (test: (row: ProcedureRow) => boolean) => rows.filter(test).length;
  const total = rows.length;
  const onlineFull = count((r) => r.onlineService === OnlineService.TOAN_TRINH);
  const onlinePartial = count((r) => r.onlineService === OnlineService.MOT_PHAN);
  const online = count(isOnline);
  const publicPostal = count((r) => r.publicPostal);
  return {
    year,
    total,
    oneStop: count((r) => r.mechanism === ProcedureMechanism.MOT_CUA),
    interconnected: count((r) => r.mechanism === ProcedureMechanism.MOT_CUA_LIEN_THONG),
    online,
    onlineFull,
    onlinePartial,
    onlineShare: total > 0 ? online / total : null,
    onlineShareText: formatPercent(online, total),
    publicPostal,
    publicPostalShare: total > 0 ? publicPostal / total : null,
    publicPostalShareText: formatPercent(publicPostal, total),
    levels: LEVELS.map((level) => levelFigures(level, rows)),
  };
}

function levelFigures(level: ProcedureLevel, rows: readonly ProcedureRow[]): TthcLevelFigures {
  const ofLevel = rows.filter((r) => r.level === level);
  const reviewed = ofLevel.filter(isTimeCut);
  const daysCut = reviewed.reduce((sum, r) => sum + (r.daysCut ?? 0), 0);
  const legalDays = reviewed.reduce((sum, r) => sum + (r.legalDays ?? 0), 0);
  return {
    level,
    procedures: ofLevel.length,
    reviewed: reviewed.length,
    daysCut,
    legalDays,
    cutShare: legalDays > 0 ? daysCut / legalDays : null,
    cutShareText: formatPercent(daysCut, legalDays),
  };
}
