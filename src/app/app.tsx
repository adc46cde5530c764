import { FluentProvider, Title1, Body1, webLightTheme } from '@fluentui/react-components'

export function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        <Title1 as="h1">Session Composer</Title1>
        <Body1 as="p">New-MgBetaCommunicationCallRecordSession, as a form.</Body1>
      </main>
    </FluentProvider>
  )
}
