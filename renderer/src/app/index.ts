// What the shell offers features: the practice route (the Due today run embeds it) and the lazily
// loaded question editor (the list opens it).
export { CustomQuestionDialogs } from './screens.js';
export { PracticeRoute } from './PracticeRoute.js';
