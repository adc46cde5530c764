import { field, graphType } from '../field.ts'
import { graphEnum, graphString } from '../primitives.ts'

/**
 * An open set of Boolean tokens whose names Graph does not fix (NoSound, Echo, Noisy…). The metadata does not
 * restrict the values; its description says they are Booleans, and so does the app.
 */
export const feedbackTokenSet = graphType(
  {
    graphName: 'microsoft.graph.callRecords.feedbackTokenSet',
    psInterface: 'IMicrosoftGraphCallRecordsFeedbackTokenSet',
    open: true,
  },
  {},
  {
    problem: (value) =>
      value === null || typeof value === 'boolean' ? undefined : 'Feedback tokens are true or false',
    jsonSchema: { type: ['boolean', 'null'] },
  },
)

export const userFeedback = graphType(
  {
    graphName: 'microsoft.graph.callRecords.userFeedback',
    psInterface: 'IMicrosoftGraphCallRecordsUserFeedback',
  },
  {
    rating: field(graphEnum('userFeedbackRating'), {
      ps: 'Rating',
      help: 'The rating provided by the user of this endpoint about the quality of this Session.',
      nullable: false,
      inHelp: false,
    }),
    text: field(graphString, {
      ps: 'Text',
      help: 'The feedback text provided by the user of this endpoint for the session.',
      inHelp: false,
    }),
    tokens: field(feedbackTokenSet, {
      ps: 'Tokens',
      help: 'The set of feedback tokens provided by the user of this endpoint for the session: Boolean properties whose names may change with what is offered to the user.',
      inHelp: false,
    }),
  },
)
