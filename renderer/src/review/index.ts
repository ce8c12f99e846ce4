// What the review feature offers the rest of the renderer; other features import only this file.
export * from './ReplayAndReview.js';
