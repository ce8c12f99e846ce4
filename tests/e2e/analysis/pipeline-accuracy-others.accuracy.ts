import { ANSWER_SET } from '#tests/support/answer-audio.js';
import { IN_EVERY_RUN, recordThroughThePipeline } from './pipeline-accuracy.js';

// The other four answers, recorded only by `npm run test:accuracy` (this file is not a .spec.ts).
recordThroughThePipeline(ANSWER_SET.filter((answer) => !IN_EVERY_RUN.includes(answer.name)));
