import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { Capability } from '../auth/permissions.js';
import { ChecklistTemplate } from '../checklists/checklist.entity.js';
import { Unit } from '../units/unit.entity.js';
import { UnitAsOf } from '../units/unit-as-of.js';
import { UnitAsOfLoader } from '../units/unit-as-of-loader.js';
import { signedInUser } from '../users/signed-in.js';
import { User } from '../users/user.entity.js';
import { Visit } from '../visits/visit.entity.js';
import { VisitReads } from '../visits/visit-reads.js';
import { InspectionPlan, InspectionTeam, PlanLine, TeamMember } from './plan.entity.js';
import { PlanMonthProgress } from './plan-progress.js';
import { CreatePlanInput, PlanLineInput, SaveTeamInput, UpdatePlanLineInput } from './plans.inputs.js';
import { PlansService } from './plans.service.js';
import type { TeamRow } from './team-row.js';

@Resolver(() => InspectionPlan)
export class PlansResolver {
  @Authorized(Capability.PLAN_READ)
  @Query(() => [InspectionPlan])
  inspectionPlans(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<InspectionPlan[]> {
    return new PlansService(ctx.em).plans(year);
  }

  @Authorized(Capability.PLAN_READ)
  @Query(() => InspectionPlan)
  inspectionPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<InspectionPlan> {
    return new PlansService(ctx.em).plan(id);
  }

  @Authorized(Capability.PLAN_MANAGE)
  @Mutation(() => InspectionPlan)
  createInspectionPlan(
    @Arg('input', () => CreatePlanInput) input: CreatePlanInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InspectionPlan> {
    return new PlansService(ctx.em).createPlan(signedInUser(ctx), input);
  }

  @Authorized(Capability.PLAN_MANAGE)
  @Mutation(() => PlanLine, { description: 'Adds a unit to the plan; its visit is created, planned' })
  addPlanLine(@Arg('input', () => PlanLineInput) input: PlanLineInput, @Ctx() ctx: RequestContext): Promise<PlanLine> {
    return new PlansService(ctx.em).addLine(signedInUser(ctx), input);
  }

  @Authorized(Capability.PLAN_MANAGE)
  @Mutation(() => PlanLine)
  updatePlanLine(
    @Arg('input', () => UpdatePlanLineInput) input: UpdatePlanLineInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PlanLine> {
    return new PlansService(ctx.em).updateLine(signedInUser(ctx), input);
  }

  @Authorized(Capability.PLAN_MANAGE)
  @Mutation(() => Boolean, { description: 'Removes a line whose visit has not started' })
  removePlanLine(@Arg('lineId', () => ID) lineId: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new PlansService(ctx.em).removeLine(signedInUser(ctx), lineId);
  }

  @FieldResolver(() => ChecklistTemplate)
  template(@Root() plan: InspectionPlan, @Ctx() ctx: RequestContext): Promise<ChecklistTemplate> {
    return ctx.em.findOneOrFail(ChecklistTemplate, { id: plan.template.id });
  }

  @FieldResolver(() => [PlanLine])
  lines(@Root() plan: InspectionPlan, @Ctx() ctx: RequestContext): Promise<PlanLine[]> {
    return new PlansService(ctx.em).lines(plan.id);
  }

  @FieldResolver(() => [PlanMonthProgress], { description: 'Planned, done, in progress and overdue by month' })
  progress(@Root() plan: InspectionPlan, @Ctx() ctx: RequestContext): Promise<PlanMonthProgress[]> {
    return new PlansService(ctx.em).progress(plan);
  }
}

@Resolver(() => PlanLine)
export class PlanLineResolver {
  @FieldResolver(() => Unit)
  unit(@Root() line: PlanLine, @Ctx() ctx: RequestContext): Promise<Unit> {
    return ctx.em.findOneOrFail(Unit, { id: line.unit.id });
  }

  @FieldResolver(() => UnitAsOf, {
    description: "The line's unit as it was on its visit's day (not made yet: its planned month, within the plan year)",
  })
  unitAsOf(@Root() line: PlanLine, @Ctx() ctx: RequestContext): Promise<UnitAsOf> {
    return UnitAsOfLoader.of(ctx.em).load({ unitId: line.unit.id, planLineId: line.id });
  }

  @FieldResolver(() => InspectionTeam)
  team(@Root() line: PlanLine, @Ctx() ctx: RequestContext): Promise<InspectionTeam> {
    return ctx.em.findOneOrFail(InspectionTeam, { id: line.team.id });
  }

  @FieldResolver(() => Visit, { nullable: true })
  visit(@Root() line: PlanLine, @Ctx() ctx: RequestContext): Promise<Visit | null> {
    return new VisitReads(ctx.em).ofPlanLine(line.id);
  }
}

@Resolver(() => InspectionTeam)
export class TeamsResolver {
  @Authorized(Capability.PLAN_READ)
  @Query(() => [InspectionTeam])
  inspectionTeams(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<InspectionTeam[]> {
    return new PlansService(ctx.em).teams(year);
  }

  @Authorized(Capability.PLAN_MANAGE)
  @Mutation(() => InspectionTeam, { description: 'Creates a team, or replaces its details and members' })
  saveInspectionTeam(
    @Arg('input', () => SaveTeamInput) input: SaveTeamInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InspectionTeam> {
    return new PlansService(ctx.em).saveTeam(signedInUser(ctx), input);
  }

  @FieldResolver(() => [TeamMember])
  async members(@Root() team: InspectionTeam | TeamRow, @Ctx() ctx: RequestContext): Promise<TeamMember[]> {
    if (team instanceof InspectionTeam) return (await team.members.load({ populate: ['user'] })).getItems();
    return ctx.em.find(TeamMember, { team: team.id }, { populate: ['user'] });
  }
}

@Resolver(() => TeamMember)
export class TeamMemberResolver {
  @FieldResolver(() => User)
  user(@Root() member: TeamMember, @Ctx() ctx: RequestContext): Promise<User> {
    return ctx.em.findOneOrFail(User, { id: member.user.id });
  }
}
