import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'

/**
 * Said above the preview and the code while the BodyParameter JSON does not parse: they show the last body
 * it parsed to, not the text in the editor.
 */
export function StaleBodyNote({ problem, what }: { problem: string; what: 'body' | 'code' }) {
  return (
    <MessageBar intent="warning" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>{what === 'body' ? 'An older body' : 'Code for an older body'}</MessageBarTitle>
        This is the last body the BodyParameter JSON parsed to: the JSON in the editor is invalid ({problem}).
        It follows the editor again once the JSON is valid.
      </MessageBarBody>
    </MessageBar>
  )
}
