/** Whether two lists hold the same values in the same order, by Object.is: what cached work is keyed on. */
export const sameItems = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((value, index) => Object.is(value, b[index]))
