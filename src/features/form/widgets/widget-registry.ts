import type { ComponentType } from 'react'
import type { Widget } from '#src/features/schema/field-meta.ts'
import { ChoiceWidget } from './choice-widget.tsx'
import { EnumArrayWidget } from './enum-array-widget.tsx'
import { TextWidget } from './text-widget.tsx'
import type { WidgetProps } from './widget-props.ts'

/** Each leaf kind the schema declares, and the input that edits it. Objects and arrays are sections, not leaves. */
export const leafWidgets: Partial<Record<Widget, ComponentType<WidgetProps>>> = {
  string: TextWidget,
  dateTime: TextWidget,
  duration: TextWidget,
  single: TextWidget,
  int32: TextWidget,
  int64: TextWidget,
  boolean: ChoiceWidget,
  enum: ChoiceWidget,
  enumArray: EnumArrayWidget,
}
