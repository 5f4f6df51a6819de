import { graphql } from '#lib/graphql/generated/index.ts';

/** The GraphQL operations of the authoring pages, in one place (the api checks who asks on every one). */
export const DraftDocument = graphql(`
  query CourseDraft($courseId: ID!) {
    courseDraft(courseId: $courseId) {
      courseId
      organisationName
      revision
      updatedAt
      updatedBy
      contentHash
      publishedVersion
      withdrawn
      files {
        path
        text
      }
      media {
        path
        size
        url
      }
      problems {
        file
        line
        message
        severity
      }
    }
  }
`);

export const SaveDraftDocument = graphql(`
  mutation SaveDraftFiles($courseId: ID!, $expectedRevision: Int!, $changes: [FileChangeInput!]!) {
    saveDraftFiles(courseId: $courseId, expectedRevision: $expectedRevision, changes: $changes) {
      revision
      contentHash
      problems {
        file
        line
        message
        severity
      }
    }
  }
`);
