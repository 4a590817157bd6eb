// A citation's preview in the Studio's lists: a study's title may be English or Arabic, so the title
// is isolated with dir="auto" and reads in its own direction (its punctuation at its own end) inside
// Sanity's left-to-right list row. The subtitle is the year, which needs no direction.
import type {PreviewProps} from 'sanity'

export function CitationPreview(props: PreviewProps) {
  const {title} = props
  if (typeof title !== 'string' || title === '') return props.renderDefault(props)
  return props.renderDefault({...props, title: <span dir="auto">{title}</span>})
}
