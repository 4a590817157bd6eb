// recogniseActor: a Studio user's workflow roles come from custom Sanity roles or, on plans without
// them, from the person document whose email matches theirs.
import {describe, expect, test} from 'vitest'
import {personForUser, recogniseActor, type PersonRecord, type StudioUser} from '../../src/workflow/recogniseActor.ts'

const PEOPLE: PersonRecord[] = [
  {_id: 'person.dr-hala', name: 'د. هالة عبد الرحمن', email: 'hala.abdelrahman@nour-cairo.example', roles: ['medicalReviewer']},
  {_id: 'person.mona', name: 'منى السيد', email: 'Mona.Elsayed@sanad.example', roles: ['writer']},
  {_id: 'person.dr-maryam', name: 'د. مريم الحمادي', email: 'maryam@lulu-dubai.example', roles: ['medicalReviewer', 'writer']},
  {_id: 'drafts.person.sami', name: 'سامي', email: 'sami@sanad.example', roles: ['medicalReviewer']},
  {_id: 'person.no-email', name: 'بلا بريد', roles: ['medicalReviewer']},
]

const user = (email: string | undefined, roles: string[] = ['administrator'], id = 'pUser'): StudioUser => ({id, name: 'User', ...(email === undefined ? {} : {email}), roles: roles.map((name) => ({name}))})

describe('recogniseActor', () => {
  test.each([
    {name: 'a reviewer by person document (plan without custom roles)', user: user('hala.abdelrahman@nour-cairo.example', ['editor']), expected: {personId: 'person.dr-hala', roles: ['medicalReviewer', 'editor']}},
    {name: 'email match ignores case and spaces', user: user('  mona.elsayed@SANAD.example ', ['contributor']), expected: {personId: 'person.mona', roles: ['writer']}},
    {name: 'a writer-reviewer keeps both roles', user: user('maryam@lulu-dubai.example', ['viewer']), expected: {personId: 'person.dr-maryam', roles: ['writer', 'medicalReviewer']}},
    {name: 'a custom Sanity role without a person document', user: user('sso@clinic.example', ['medicalReviewer']), expected: {roles: ['medicalReviewer']}},
    {name: 'administrators are editors, never reviewers by role alone', user: user('admin@sanad.example', ['administrator']), expected: {roles: ['editor']}},
    {name: 'a draft person document does not count', user: user('sami@sanad.example', ['viewer']), expected: {roles: []}},
    {name: 'no email, no person', user: user(undefined, ['viewer']), expected: {roles: []}},
  ])('$name', ({user: studioUser, expected}) => {
    const actor = recogniseActor(studioUser, PEOPLE)
    expect({...(actor.personId ? {personId: actor.personId} : {}), roles: actor.roles}).toEqual(expected)
    expect(actor.userId).toBe('pUser')
  })

  test('the actor is named after their person document', () => {
    expect(recogniseActor(user('hala.abdelrahman@nour-cairo.example'), PEOPLE).name).toBe('د. هالة عبد الرحمن')
    expect(recogniseActor(user('x@y.example'), PEOPLE).name).toBe('User')
  })

  // The lowest id won: a Duplicate of a reviewer's document given a writer's email made that writer the reviewer.
  test('two person documents with one email: neither is the user, whose roles are then Sanity\'s only, and the names are kept', () => {
    const twins: PersonRecord[] = [
      {_id: 'person.mona', name: 'منى السيد', email: 'Mona@Nour.example', roles: ['writer']},
      {_id: '3c9d2f4e-0000-4000-8000-000000000000', name: 'د. نادية فؤاد', email: ' mona@nour.example', roles: ['medicalReviewer']},
    ]
    expect(personForUser({email: 'mona@nour.example'}, twins)).toBeUndefined()
    expect(recogniseActor({id: 'pMona', name: 'Mona', email: 'mona@nour.example', roles: [{name: 'contributor'}]}, twins)).toEqual({
      userId: 'pMona',
      name: 'Mona',
      roles: ['writer'],
      sharedEmailWith: ['د. نادية فؤاد', 'منى السيد'],
    })
  })
})
