import { randomUUID } from 'node:crypto';
import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { type EnumValue, graphqlEnum } from '../../common/graphql-enum.js';
import { ChecklistTemplate } from '../checklists/checklist.entity.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';

export const TeamRole = graphqlEnum('TeamRole', [
  /** Trưởng đoàn */
  'LEAD',
  /** Thành viên */
  'MEMBER',
  /** Thư ký */
  'SECRETARY',
]);
export type TeamRole = EnumValue<typeof TeamRole>;

/** Đoàn kiểm tra, set up by a decision. */
@ObjectType({ description: 'Đoàn kiểm tra', simpleResolvers: true })
@Entity({ tableName: 'inspection_team' })
export class InspectionTeam {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'Quyết định thành lập đoàn, e.g. 120/QĐ-SNN' })
  @Property({ type: 'string', length: 64 })
  decisionNumber!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  decisionDate!: string;

  @OneToMany(
    () => TeamMember,
    (m) => m.team,
    { orphanRemoval: true },
  )
  members = new Collection<TeamMember>(this);

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

@ObjectType()
@Entity({ tableName: 'team_member' })
@Unique({ properties: ['team', 'user'] })
export class TeamMember {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => InspectionTeam, { deleteRule: 'cascade' })
  team!: InspectionTeam;

  @Index()
  @ManyToOne(() => User, { deleteRule: 'restrict' })
  user!: User;

  @Field(() => TeamRole)
  @Enum({ items: () => TeamRole, type: 'string' })
  role!: TeamRole;
}

/** Kế hoạch kiểm tra: the yearly plan, issued as a document. */
@ObjectType({ description: 'Kế hoạch kiểm tra' })
@Entity({ tableName: 'inspection_plan' })
export class InspectionPlan {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Int)
  @Index()
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => String, { description: 'e.g. 80/KH-SNN' })
  @Property({ type: 'string', length: 64 })
  documentNumber!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  documentDate!: string;

  @ManyToOne(() => ChecklistTemplate, { deleteRule: 'restrict' })
  template!: ChecklistTemplate;

  @OneToMany(
    () => PlanLine,
    (l) => l.plan,
  )
  lines = new Collection<PlanLine>(this);

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** One unit to inspect, in a month (and, once office sets it, on a day of that month), by a team. */
@ObjectType({ description: 'Một dòng của kế hoạch: đơn vị, tháng (ngày dự kiến), đoàn' })
@Entity({ tableName: 'plan_line' })
@Unique({ properties: ['plan', 'unit'] })
export class PlanLine {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => InspectionPlan, { deleteRule: 'cascade' })
  plan!: InspectionPlan;

  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Unit;

  @Field(() => Int)
  @Property({ type: 'integer' })
  plannedMonth!: number;

  /**
   * Ngày dự kiến: the day within the plan's year, always in `plannedMonth` (the month is kept so that
   * lines planned before days existed, and the month-based progress, keep working). Null: month only.
   */
  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  plannedDate: string | null = null;

  @ManyToOne(() => InspectionTeam, { deleteRule: 'restrict' })
  team!: InspectionTeam;
}
