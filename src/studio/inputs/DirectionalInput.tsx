// The Studio-wide `form.components.input`: gives every input the text direction inputDirection.ts
// decides, and otherwise renders Sanity's own input untouched.
import {isArrayOfBlocksInputProps, isStringInputProps, type InputProps} from 'sanity'
import {ArabicTextDirection} from './ArabicTextDirection.tsx'
import {LatinTextDirection} from './LatinTextDirection.tsx'
import {fieldNamesOf, inputDirection, isOptionListArray, schemaTypeNames, type InputKind} from './inputDirection.ts'

const kindOf = (props: InputProps): InputKind =>
  isArrayOfBlocksInputProps(props) ? 'portableText' :
  isStringInputProps(props) ? 'text' :
  isOptionListArray(props.schemaType) ? 'optionList' :
  'other'

export function DirectionalInput(props: InputProps) {
  const direction = inputDirection({
    kind: kindOf(props),
    typeNames: schemaTypeNames(props.schemaType),
    fieldNames: fieldNamesOf(props.path),
  })
  const input = props.renderDefault(props)
  if (direction === 'rtl') return <ArabicTextDirection>{input}</ArabicTextDirection>
  if (direction === 'ltr') return <LatinTextDirection>{input}</LatinTextDirection>
  return input
}
