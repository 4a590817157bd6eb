// The one pass that gives the Arabic prose of rendered hast the digits the clinic's locale writes
// (localDigits.ts), so a writer's «3–6 جلسات» reads like Intl's «٣–٦ جلسات» on an ar-EG page, and a
// writer's «٣ جلسات» like Intl's «1 أكتوبر» on an ar-AE one. Only
// text a reader reads as Arabic changes: its text and the attributes read out or shown as text
// (PROSE_ATTRIBUTES); attributes for machines (href, src, id, datetime) are left alone, and so is
// everything of code, and of an element marked left-to-right or in a language other than Arabic
// (licence numbers, versions, PMIDs, Latin titles: see latinText.ts).
import type {Element, ElementContent, Properties} from 'hast'
import {proseDigitsFor} from '../../locale/localDigits.ts'

type Digits = (text: string) => string

const VERBATIM = new Set(['code', 'kbd', 'pre', 'samp', 'script', 'style', 'var'])

export const isArabicLanguage = (lang: unknown): boolean => typeof lang !== 'string' || lang === '' || /^ar(?:-|$)/i.test(lang)

/** Code, and elements marked left-to-right or in a language other than Arabic: their text is kept as written. */
export const isOutsideArabicProse = (node: Element): boolean =>
  VERBATIM.has(node.tagName) || node.properties.dir === 'ltr' || !isArabicLanguage(node.properties.lang)

// A screen reader says aria-label and alt instead of, or besides, the text they stand for, and a
// browser shows title as the element's tooltip: a reader hears «الصفحة ٢» where the page shows «٢».
const PROSE_ATTRIBUTES = ['alt', 'ariaLabel', 'title'] as const

const withLocalProse = (properties: Properties, localDigits: Digits): Properties => {
  let local: Properties | undefined
  for (const name of PROSE_ATTRIBUTES) {
    const value = properties[name]
    if (typeof value !== 'string') continue
    const digits = localDigits(value)
    if (digits !== value) (local ??= {...properties})[name] = digits
  }
  return local ?? properties
}

// Trees this pass has already given local digits, per kind of digits: an article's content is
// localised once for its page and its delivery files (articleContentParts.ts), then sits inside the
// page the layout localises whole; the layout's walk steps over it instead of walking it again. The
// renderer never changes a tree once made (hast nodes are copied, not mutated), so what was
// localised stays so.
const localised = new WeakMap<Digits, WeakSet<ElementContent>>()

const withLocalDigits = (node: ElementContent, localDigits: Digits, done: WeakSet<ElementContent>): ElementContent => {
  if (done.has(node)) return node
  if (node.type === 'text') {
    const value = localDigits(node.value)
    return value === node.value ? node : {...node, value}
  }
  if (node.type !== 'element' || isOutsideArabicProse(node)) return node
  const properties = withLocalProse(node.properties, localDigits)
  // A page is walked whole and most of it holds no digit: a new children array is made only from
  // the first child that changed, so an unchanged subtree costs no allocation.
  let children: ElementContent[] | undefined
  for (let index = 0; index < node.children.length; index++) {
    const child = node.children[index]!
    const local = withLocalDigits(child, localDigits, done)
    if (local !== child && !children) children = node.children.slice(0, index)
    children?.push(local)
  }
  return children || properties !== node.properties ? {...node, properties, children: children ?? node.children} : node
}

/** `nodes` with the digits `locale` writes in their Arabic text (Arabic-Indic or Latin). Never mutates. */
export const localDigitsInTree = <Node extends ElementContent>(locale: string, nodes: readonly Node[]): Node[] => {
  const localDigits = proseDigitsFor(locale)
  let done = localised.get(localDigits)
  if (!done) localised.set(localDigits, (done = new WeakSet()))
  return nodes.map((node) => {
    const local = withLocalDigits(node, localDigits, done) as Node
    done.add(local)
    return local
  })
}
