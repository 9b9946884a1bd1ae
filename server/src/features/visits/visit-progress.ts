import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true })
export class GroupProgress {
  @Field(() => ID)
  groupId!: string;

  @Field(() => Int)
  answered!: number;

  @Field(() => Int)
  total!: number;
}

@ObjectType({ description: 'Tiến độ: số tiêu chí đã có kết quả', simpleResolvers: true })
export class VisitProgress {
  @Field(() => Int)
  answered!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => [GroupProgress])
  groups!: GroupProgress[];
}
