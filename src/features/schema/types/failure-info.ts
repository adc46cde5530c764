import { field, graphType } from '../field.ts'
import { graphEnum, graphString } from '../primitives.ts'

export const failureInfo = graphType(
  {
    graphName: 'microsoft.graph.callRecords.failureInfo',
    psInterface: 'IMicrosoftGraphCallRecordsFailureInfo',
  },
  {
    reason: field(graphString, {
      ps: 'Reason',
      help: 'Classification of why a call or portion of a call failed.',
    }),
    stage: field(graphEnum('failureStage'), { ps: 'Stage', help: 'failureStage', nullable: false }),
  },
)
