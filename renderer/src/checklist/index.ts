// What the checklist feature offers the rest of the renderer; other features import only this file.
export * from './BeforeInterviewChecklist.js';
