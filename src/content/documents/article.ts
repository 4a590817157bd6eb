// zod boundary for `article` documents. People and dates are optional here on purpose: a missing
// author or reviewer is a publish-gate finding a writer can fix, not a parse error.
import {z} from 'zod'
import {documentBase, image, isoDate, isoDateTime, optionalText, reference, requiredText, slug} from '../fields.ts'
import {bodyBlock} from '../portableText.ts'
import {publishingWindowProblem} from '../publishingWindowOrder.ts'
import {ARTICLE_LANGUAGES, valuesOf} from '../vocabulary.ts'

export const articleDocument = z.object({
  ...documentBase,
  _type: z.literal('article'),
  title: requiredText,
  slug,
  excerpt: optionalText,
  language: z.enum(valuesOf(ARTICLE_LANGUAGES)).default('ar'),
  heroImage: image.optional(),
  body: z.array(bodyBlock).default([]),
  procedures: z.array(reference).default([]),
  relatedArticles: z.array(reference).default([]),
  author: reference.optional(),
  medicalReviewer: reference.optional(),
  lastReviewed: isoDate.optional(),
  nextReviewDue: isoDate.optional(),
  targetClinics: z.array(reference).default([]),
  /** Scheduled publishing: not live before this instant, even when the gate passes. */
  publishAt: isoDateTime.optional(),
  /** Scheduled withdrawal: not live from this instant on. */
  unpublishAt: isoDateTime.optional(),
}).superRefine((article, context) => {
  const problem = publishingWindowProblem(article.publishAt, article.unpublishAt)
  if (problem) context.addIssue({code: 'custom', path: ['unpublishAt'], message: problem})
})
export type Article = z.infer<typeof articleDocument>
