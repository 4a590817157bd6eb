// Public surface of delivery: the content API, feeds, sitemap, robots.txt and Markdown export that
// each clinic's release carries next to its pages.
export * from './apiShapes.ts'
export {apiJsonSchema, apiSchemaFiles, apiSchemaUrl} from './apiJsonSchema.ts'
export {API_NOT_FOUND_MESSAGE, API_NOT_FOUND_MESSAGE_AR, apiNotFound, apiNotFoundFile} from './apiNotFound.ts'
export {articleDeliveryPaths, articleHtmlFromApiDocument, contentOnlyDeliveryPaths, renderArticleDeliveryFiles, renderDeliveryLists, renderFeeds} from './deliveryFiles.ts'
export * from './deliveryPaths.ts'
export {jsonFeedShape, type JsonFeed} from './jsonFeed.ts'
export {FEED_ITEM_LIMIT, latestFeedArticles, type ArticleHtml} from './feedItems.ts'
export {SYNDICATION_LICENCE} from './syndicationLicence.ts'
