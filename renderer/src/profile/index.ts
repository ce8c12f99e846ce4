// What the profile feature offers the rest of the renderer; other features import only this file.
export * from './FacilityCard.js';
export * from './InterviewCountdown.js';
export { daysBetween, interviewCountdown, todayKey } from './interviewCountdown.js';
