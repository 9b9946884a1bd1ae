import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ErrorCode } from '../../common/error-codes.js';
import { type EnumValue, graphqlEnum } from '../../common/graphql-enum.js';
import { Device } from './device.entity.js';

export const OutcomeStatus = graphqlEnum('OutcomeStatus', [
  /** Applied now, or already applied before (same operation id): either way it is on the server. */
  'APPLIED',
  /** Refused for a real reason (validation, permission, state): not applied, keep it and show it. */
  'REFUSED',
  /** Not tried: an earlier write of the same visit was refused. Send it again after that one is resolved. */
  'HELD',
]);
export type OutcomeStatus = EnumValue<typeof OutcomeStatus>;

@ObjectType()
export class OperationOutcome {
  @Field(() => ID)
  operationId!: string;

  @Field(() => Int)
  sequence!: number;

  @Field(() => OutcomeStatus)
  status!: OutcomeStatus;

  /** An ErrorCode, sent as a String (the field is older than the enum). */
  @Field(() => String, { nullable: true })
  code!: ErrorCode | null;

  @Field(() => String, { nullable: true, description: 'Why it was refused, in Vietnamese' })
  message!: string | null;
}

@ObjectType({ description: 'Kết quả một lần đồng bộ' })
export class SyncResult {
  @Field(() => [OperationOutcome])
  outcomes!: OperationOutcome[];

  @Field(() => Device)
  device!: Device;
}
