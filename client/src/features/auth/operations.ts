import { graphql } from '../../apollo/generated';

export const currentUserFields = graphql(`
  fragment CurrentUserFields on User {
    id
    username
    fullName
    role
    can
    active
    mustChangePassword
    unitId
    unit {
      id
      name
      code
      kind
    }
  }
`);

export const meQuery = graphql(`
  query Me {
    me {
      ...CurrentUserFields
    }
  }
`);

export const signInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...CurrentUserFields
    }
  }
`);

export const changePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);
