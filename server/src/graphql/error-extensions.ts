import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ERROR_CODES, type ErrorCode } from '../common/error-codes.js';

/** common/error-codes.ts as the object type-graphql publishes as an enum: each value is its own name. */
const ErrorCodeEnum = Object.fromEntries(ERROR_CODES.map((code) => [code, code])) as { [Code in ErrorCode]: Code };

registerEnumType(ErrorCodeEnum, {
  name: 'ErrorCode',
  description:
    'Every code an error of the API carries (`extensions.code`, the `code` of an /api answer or of an OperationOutcome)',
});

/**
 * No field returns it: it is in the schema (buildSchema's orphanedTypes) so that the codes reach the
 * client's generated types, and it says what the client may read of an error.
 */
@ObjectType({ description: 'What `extensions` of a GraphQL error (and the JSON of a refused /api request) carries' })
export class ErrorExtensions {
  @Field(() => ErrorCodeEnum)
  code!: ErrorCode;

  @Field(() => String, { nullable: true, description: 'The input field the message is about, when it is about one' })
  field!: string | null;
}
