// Every `_ref` in a raw document, found by walking the value itself: it works on a Studio draft
// that does not (yet) pass the zod boundary, and cannot miss a reference field added later.

export const referencedIds = (value: unknown): string[] => {
  const ids = new Set<string>()
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit)
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        if (key === '_ref' && typeof child === 'string') ids.add(child)
        else visit(child)
      }
    }
  }
  visit(value)
  return [...ids].sort()
}
