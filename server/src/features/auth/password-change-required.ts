import type { ApolloServerPlugin } from '@apollo/server';
import { type FragmentDefinitionNode, GraphQLError, Kind, type SelectionSetNode } from 'graphql';
import { httpStatusOf } from '../../common/error-codes.js';
import type { RequestContext } from '../../common/request-context.js';
import { AuthErrors } from './auth.errors.js';

/**
 * What a user with a temporary password may ask: who they are, to change the password, to sign out (or
 * in as someone else). Everything else waits for the new password.
 */
const ALLOWED_ROOT_FIELDS = new Set(['me', 'changePassword', 'signOut', 'signIn', '__typename', '__schema', '__type']);

/** The root fields an operation asks for, through fragments and inline fragments. */
function rootFields(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return rootFields(fragment.selectionSet, fragments, seen);
  });
}

/**
 * `mustChangePassword` enforced on the server, for every operation, whatever its resolvers' decorators:
 * an operation of a user with a temporary password that asks for anything but ALLOWED_ROOT_FIELDS is
 * refused as a whole, before it runs, with PASSWORD_CHANGE_REQUIRED (HTTP 403). The plain /api routes
 * refuse the same way in `requestUser`.
 */
export const passwordChangeRequiredPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation, document }) {
        if (!contextValue.passwordChangeRequired) return;
        const fragments = new Map(
          document.definitions
            .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
            .map((d) => [d.name.value, d]),
        );
        const fields = operation ? rootFields(operation.selectionSet, fragments) : [];
        if (fields.length > 0 && fields.every((field) => ALLOWED_ROOT_FIELDS.has(field))) return;
        const refusal = AuthErrors.passwordChangeRequired();
        throw new GraphQLError(refusal.message, {
          originalError: refusal,
          extensions: { code: refusal.code, http: { status: httpStatusOf(refusal.code) } },
        });
      },
    };
  },
};
