// Every schema type Sanad's Studio knows, in one list for sanity.config.ts.
import {article} from './documents/article.ts'
import {claim} from './documents/claim.ts'
import {clinic} from './documents/clinic.ts'
import {contraindication} from './documents/contraindication.ts'
import {disclaimer} from './documents/disclaimer.ts'
import {person} from './documents/person.ts'
import {procedure} from './documents/procedure.ts'
import {risk} from './documents/risk.ts'
import {articleBody} from './objects/articleBody.ts'
import {branding} from './objects/branding.ts'
import {citation} from './objects/citation.ts'
import {claimRef} from './objects/claimRef.ts'
import {contact} from './objects/contact.ts'
import {disclaimerBlock} from './objects/disclaimerBlock.ts'
import {evidence} from './objects/evidence.ts'
import {evidenceNote} from './objects/evidenceNote.ts'
import {faq} from './objects/faq.ts'
import {faqItem} from './objects/faqItem.ts'
import {licence} from './objects/licence.ts'
import {link} from './objects/link.ts'
import {procedureContraindication} from './objects/procedureContraindication.ts'
import {procedureRisk} from './objects/procedureRisk.ts'
import {procedureSafety} from './objects/procedureSafety.ts'
import {review} from './objects/review.ts'
import {reviewEvent} from './objects/reviewEvent.ts'
import {sessionPlan} from './objects/sessionPlan.ts'

export const documentTypes = [article, claim, procedure, risk, contraindication, person, clinic, disclaimer]

export const objectTypes = [
  articleBody,
  branding,
  citation,
  claimRef,
  contact,
  disclaimerBlock,
  evidence,
  evidenceNote,
  faq,
  faqItem,
  licence,
  link,
  procedureContraindication,
  procedureRisk,
  procedureSafety,
  review,
  reviewEvent,
  sessionPlan,
]

export const schemaTypes = [...documentTypes, ...objectTypes]
