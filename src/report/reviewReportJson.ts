// The review report for tools: the report data as JSON with stable keys.
import type {ReviewReport} from './reviewReport.ts'

export const formatReviewReportJson = (report: ReviewReport): string => JSON.stringify(report, null, 2)
