// What the mock feature offers the rest of the renderer; other features import only this file.
export * from './FollowUpReminders.js';
export * from './MockHistoryList.js';
export * from './ResumeMock.js';
