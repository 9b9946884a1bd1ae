import { Field, ObjectType } from 'type-graphql';
import { TeamRole } from '../plans/plan.entity.js';

/** A member of the visit's team as the minutes name them: the phone prefills its attendees with them. */
@ObjectType({ description: 'Thành viên đoàn kiểm tra, như biên bản ghi' })
export class VisitTeamMember {
  @Field(() => String)
  fullName!: string;

  @Field(() => TeamRole)
  role!: TeamRole;
}

/** An active head of the visited unit (thủ trưởng đơn vị), prefilled as the unit's attendee and signer. */
@ObjectType({ description: 'Thủ trưởng đơn vị được kiểm tra' })
export class VisitUnitHead {
  @Field(() => String)
  fullName!: string;
}
