import { graphql } from '#lib/graphql/generated/index.ts';

/** What a unit shows in a draft's preview: one selection for the trainer's preview and the review link's page. */
export const PreviewUnitFields = graphql(`
  fragment PreviewUnitFields on PreviewUnitView {
    id
    moduleTitle
    type
    title
    html
    prompt
    questions {
      id
      kind
      prompt
      options {
        id
        text
        correct
        feedback
      }
    }
    choices {
      id
      text
      consequence
      best
    }
    media {
      kind
      title
      url
      captionsUrl
      transcriptHtml
    }
  }
`);
