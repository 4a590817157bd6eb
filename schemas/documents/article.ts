// A patient-facing article: the unit that is gated, rendered and published per clinic.
import {DocumentIcon} from '@sanity/icons/Document'
import {publishingWindowProblem} from '../../src/content/publishingWindowOrder.ts'
import {publishedId} from '../../src/content/publishedId.ts'
import {pickableRelatedArticleFilter} from '../../src/queries.ts'
import {isPageSlug, PAGE_SLUG_MAX_LENGTH, PAGE_SLUG_MESSAGE, slugifyTitle} from '../../src/content/slugRules.ts'
import {slugValidation} from '../../src/studio/validation/slugValidation.ts'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {ARTICLE_LANGUAGES} from '../../src/content/vocabulary.ts'
import {articleValidation} from '../../src/studio/validation/articleValidation.ts'
import {previewTitle} from '../../src/studio/previews/untitledPreview.ts'
import {requiredTextValidation} from '../../src/studio/validation/requiredTextValidation.ts'

export const article = defineType({
  name: 'article',
  title: 'مقال',
  type: 'document',
  icon: DocumentIcon,
  groups: [
    {name: 'content', title: 'المحتوى', default: true},
    {name: 'review', title: 'المراجعة'},
    {name: 'publishing', title: 'النشر'},
  ],
  fields: [
    defineField({name: 'title', title: 'العنوان', type: 'string', group: 'content', validation: requiredTextValidation}),
    defineField({
      name: 'slug',
      title: 'المعرّف في الرابط',
      type: 'slug',
      group: 'content',
      description: 'يُولَّد من العنوان بزر «توليد»، وهو الرابط الدائم للمقال: غيّره قبل النشر الأول لا بعده.',
      options: {source: 'title', maxLength: PAGE_SLUG_MAX_LENGTH, slugify: (title: string) => slugifyTitle(title)},
      validation: slugValidation(isPageSlug, PAGE_SLUG_MESSAGE),
    }),
    defineField({name: 'excerpt', title: 'مقتطف', type: 'text', rows: 3, group: 'content'}),
    defineField({
      name: 'language',
      title: 'اللغة',
      description: 'اختر «العربية» لنص بالفصحى، فتأخذ صفحة كل عيادة لغة دولتها. اختر لهجة دولة فقط إن كان النص مكتوبًا بها، فتُعلَن بها في كل العيادات لقارئات الشاشة ومحركات البحث.',
      type: 'string',
      group: 'content',
      options: {list: [...ARTICLE_LANGUAGES]},
      initialValue: 'ar',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'heroImage',
      title: 'الصورة الرئيسية',
      type: 'image',
      group: 'content',
      options: {hotspot: true},
      fields: [
        defineField({
          name: 'alt',
          title: 'النص البديل (بالعربية)',
          description: 'صف الصورة لمن لا يراها.',
          type: 'string',
          validation: (rule) => rule.required(),
        }),
      ],
    }),
    defineField({name: 'body', title: 'نص المقال', type: 'articleBody', group: 'content'}),
    defineField({
      name: 'procedures',
      title: 'الإجراءات',
      type: 'array',
      group: 'content',
      of: [defineArrayMember({type: 'reference', to: [{type: 'procedure'}]})],
    }),
    defineField({
      name: 'relatedArticles',
      title: 'مقالات ذات صلة',
      type: 'array',
      group: 'content',
      // Weak: a related article that is not published is left off the page and the article publishes
      // (related-article-broken, a warning); a strong reference made Sanity refuse Publish («انشره أولًا»).
      of: [
        defineArrayMember({
          type: 'reference',
          to: [{type: 'article'}],
          weak: true,
          options: {filter: ({document}) => ({filter: pickableRelatedArticleFilter, params: {self: publishedId(document._id)}})},
        }),
      ],
    }),
    defineField({
      name: 'author',
      title: 'الكاتب',
      type: 'reference',
      group: 'review',
      to: [{type: 'person'}],
      options: {filter: '"writer" in roles'},
    }),
    defineField({
      name: 'medicalReviewer',
      title: 'المراجع الطبي',
      type: 'reference',
      group: 'review',
      to: [{type: 'person'}],
      options: {filter: '"medicalReviewer" in roles'},
    }),
    defineField({name: 'lastReviewed', title: 'آخر مراجعة', type: 'date', group: 'review'}),
    defineField({name: 'nextReviewDue', title: 'المراجعة القادمة', type: 'date', group: 'review'}),
    defineField({
      name: 'targetClinics',
      title: 'العيادات المستهدفة',
      type: 'array',
      group: 'publishing',
      of: [defineArrayMember({type: 'reference', to: [{type: 'clinic'}]})],
      validation: (rule) => rule.required().min(1),
    }),
    defineField({
      name: 'publishAt',
      title: 'موعد النشر',
      description: 'اتركه فارغًا للنشر فور اجتياز فحص النشر. يُحترم حتى الدقيقة.',
      type: 'datetime',
      group: 'publishing',
    }),
    defineField({
      name: 'unpublishAt',
      title: 'موعد سحب النشر',
      description: 'يُسحب المقال من مواقع العيادات عند هذا الموعد.',
      type: 'datetime',
      group: 'publishing',
      validation: (rule) =>
        rule.custom((value, context) => publishingWindowProblem((context.document as {publishAt?: string} | undefined)?.publishAt, value) ?? true),
    }),
  ],
  // The publish-gate checks themselves, per target clinic and its preset (src/checks, src/presets).
  validation: articleValidation,
  preview: {
    select: {title: 'title', subtitle: 'excerpt', media: 'heroImage'},
    prepare: ({title, subtitle, media}) => ({title: previewTitle('article', title), subtitle, media}),
  },
})
