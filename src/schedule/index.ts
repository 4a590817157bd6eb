// Public surface of `sanad schedule`: config, state, the scheduler and its three jobs.
export {JOB_NAMES, loadScheduleConfig, parseScheduleConfig, type JobName, type ScheduleConfig} from './scheduleConfig.ts'
export {emptyScheduleState, fileStateStore, memoryStateStore, type ScheduleState, type ScheduleStateStore} from './scheduleState.ts'
export {cronTimeZone, skippedRunWarnings} from './cronTimeZone.ts'
export {startScheduler, type JobContext, type JobOutcome, type ScheduledJob, type Scheduler, type SchedulerEvent} from './scheduler.ts'
export {syncAndRebuildJob} from './syncAndRebuildJob.ts'
export {scheduledPublishingJob} from './scheduledPublishingJob.ts'
export {reviewSweepJob} from './reviewSweepJob.ts'
export type {JobEnvironment} from './buildAndRecord.ts'
