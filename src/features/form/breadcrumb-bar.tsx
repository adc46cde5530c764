import { Breadcrumb, BreadcrumbButton, BreadcrumbDivider, BreadcrumbItem } from '@fluentui/react-components'
import { Fragment } from 'react'
import { useFormUi, useFormUiStore } from './form-ui-context.tsx'
import { nodeTitle } from './node-label.ts'

/** Where you are: Session › Segment 2 › Media 1 › Stream 3; each step opens that node. */
export function BreadcrumbBar() {
  const ui = useFormUiStore()
  const selected = useFormUi((s) => s.selected)
  const steps = [[], ...[2, 4, 6].filter((n) => n <= selected.length).map((n) => selected.slice(0, n))]
  return (
    <Breadcrumb aria-label="Where you are" size="small">
      {steps.map((step, index) => (
        <Fragment key={index}>
          {index > 0 ? <BreadcrumbDivider /> : null}
          <BreadcrumbItem>
            <BreadcrumbButton current={index === steps.length - 1} onClick={() => ui.select(step)}>
              {nodeTitle(step)}
            </BreadcrumbButton>
          </BreadcrumbItem>
        </Fragment>
      ))}
    </Breadcrumb>
  )
}
