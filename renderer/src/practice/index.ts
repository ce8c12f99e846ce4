// What the practice feature offers the rest of the renderer; other features import only this file.
export * from './FlowPanel.js';
export * from './QuestionCard.js';
export * from './flowKeys.js';
export * from './flowWiring.js';
export * from './machine.js';
export * from './problemMessages.js';
export * from './usePracticeFlow.js';
export * from './WhatNext.js';
export * from './useNextQuestion.js';
export * from './followUps.js';
