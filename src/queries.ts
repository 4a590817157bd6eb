// Every GROQ query Sanad runs, in one place. The same queries run against the local dataset
// (groq-js) and the Content Lake (@sanity/client), always in the published perspective.
import {defineQuery} from 'groq'

/** Every document the pipeline understands; references are resolved in memory (contentGraph.ts). */
export const contentQuery = defineQuery(
  `*[_type in ["article", "claim", "clinic", "contraindication", "disclaimer", "person", "procedure", "risk"]]`,
)

/** The clinics a build can target, with the disclaimer each must carry; used to resolve --clinic. */
export const clinicDirectoryQuery = defineQuery(
  `*[_type == "clinic"] | order(slug.current asc) {
    _id,
    name,
    "slug": slug.current,
    jurisdiction,
    "disclaimer": disclaimer->{_id, jurisdiction, version}
  }`,
)
