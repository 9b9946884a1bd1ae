import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ErrorCode } from '../../common/error-codes.js';
import { Device } from './device.entity.js';

export enum OutcomeStatus {
  /** Applied now, or already applied before (same operation id): either way it is on the server. */
  APPLIED = 'APPLIED',
  /** Refused for a real reason (validation, permission, state): not applied, keep it and show it. */
  REFUSED = 'REFUSED',
  /** Not tried: an earlier write of the same visit was refused. Send it again after that one is resolved. */
  HELD = 'HELD',
}
registerEnumType(OutcomeStatus, { name: 'OutcomeStatus' });

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
