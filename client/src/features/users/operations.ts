import { graphql } from '../../apollo/generated';

export const userFields = graphql(`
  fragment UserFields on User {
    ...CurrentUserFields
  }
`);

export const userPageQuery = graphql(`
  query UserPage($filter: UserFilterInput, $first: Int, $offset: Int) {
    userPage(filter: $filter, first: $first, offset: $offset) {
      total
      items {
        ...UserFields
      }
    }
  }
`);

export const updateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UserFields
    }
  }
`);

export const unitChoicesQuery = graphql(`
  query UnitChoices {
    units {
      id
      name
      code
      parentId
    }
  }
`);

export const createUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`);

export const setUserActiveMutation = graphql(`
  mutation SetUserActive($input: SetUserActiveInput!) {
    setUserActive(input: $input) {
      ...UserFields
    }
  }
`);

export const resetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($input: ResetPasswordInput!) {
    resetUserPassword(input: $input) {
      ...UserFields
    }
  }
`);
