import { graphql } from '../../apollo/generated';

/** The team's reply to a reviewer's comment on a returned visit (online only: see ReplyForm). */
export const replyToReviewCommentMutation = graphql(`
  mutation ReplyToReviewComment($input: ReplyToReviewCommentInput!) {
    replyToReviewComment(input: $input) {
      id
      text
      authorName
      createdAt
    }
  }
`);
