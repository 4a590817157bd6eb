// The Studio-wide `form.components.field`: a field whose header is Arabic (fieldHeaderDirection.ts)
// gets its title, description and validation marker laid out right-to-left; the input under the
// header keeps the direction it had (StudioTextDirection), which DirectionalInput then decides.
import type {FieldProps} from 'sanity'
import {ArabicField} from './ArabicField.tsx'
import {fieldHeaderDirection} from './fieldHeaderDirection.ts'
import {StudioTextDirection} from './StudioTextDirection.tsx'

export function DirectionalField(props: FieldProps) {
  if (fieldHeaderDirection(props) === 'unchanged') return props.renderDefault(props)
  const input = <StudioTextDirection>{props.children}</StudioTextDirection>
  return <ArabicField>{props.renderDefault({...props, children: input})}</ArabicField>
}
