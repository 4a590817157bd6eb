// The shape author-missing and reviewer-missing share: an article field names the person who
// answers for it, that person must be published, and must hold the role the field stands for.
// Each rule keeps its own Arabic messages.
import type {Person} from '../content/documents/person.ts'
import {defineCheck, type Check} from './check.ts'

export interface AccountablePersonRule<Id extends string> {
  ruleId: Id
  description: string
  field: 'author' | 'medicalReviewer'
  role: Person['roles'][number]
  messages: {
    missing: string
    unknown: (personId: string) => string
    withoutRole: (person: Person) => string
  }
}

export const defineAccountablePersonCheck = <const Id extends string>(rule: AccountablePersonRule<Id>): Check<Id, Record<string, never>> =>
  defineCheck({
    ruleId: rule.ruleId,
    description: rule.description,
    defaultOptions: {},
    run({article, graph}) {
      const at = (message: string) => [{documentId: article._id, path: rule.field, message}]
      const personId = article[rule.field]?._ref
      if (!personId) return at(rule.messages.missing)
      const person = graph.people.get(personId)
      if (!person) return at(rule.messages.unknown(personId))
      if (!person.roles.includes(rule.role)) return at(rule.messages.withoutRole(person))
      return []
    },
  })
