import { lazyScreen } from './lazy-screen.js';

/**
 * Every screen but the question list, each in its own chunk: the first screen loads only the list
 * and what today asks for, not the charts (uPlot), the waveform (wavesurfer), the recorder, the
 * mock interview or the export code. They are preloaded once the list is on screen (preloadScreens).
 */
export const PracticeRoute = lazyScreen(() => import('./PracticeRoute.js').then((m) => m.PracticeRoute));
export const DataRoute = lazyScreen(() => import('./DataRoute.js').then((m) => m.DataRoute));
export const ProgressScreen = lazyScreen(() => import('#renderer/progress/ProgressScreen.js').then((m) => m.ProgressScreen));
export const ReadinessReport = lazyScreen(() => import('#renderer/report/ReadinessReport.js').then((m) => m.ReadinessReport));
export const DueScreen = lazyScreen(() => import('#renderer/schedule/DueScreen.js').then((m) => m.DueScreen));
export const DueRunScreen = lazyScreen(() => import('#renderer/schedule/DueRunScreen.js').then((m) => m.DueRunScreen));
export const MockSetupScreen = lazyScreen(() => import('#renderer/mock/MockSetupScreen.js').then((m) => m.MockSetupScreen));
export const MockRunScreen = lazyScreen(() => import('#renderer/mock/MockRunScreen.js').then((m) => m.MockRunScreen));
export const MockReportScreen = lazyScreen(() => import('#renderer/mock/MockReportScreen.js').then((m) => m.MockReportScreen));
export const CompareScreen = lazyScreen(() => import('#renderer/compare/CompareScreen.js').then((m) => m.CompareScreen));
export const SettingsScreen = lazyScreen(() => import('#renderer/settings/SettingsScreen.js').then((m) => m.SettingsScreen));
export const MicCheckScreen = lazyScreen(() => import('#renderer/settings/MicCheckScreen.js').then((m) => m.MicCheckScreen));
export const FacilityScreen = lazyScreen(() => import('#renderer/profile/FacilityScreen.js').then((m) => m.FacilityScreen));
/** Not a screen, but the question list's add/edit/delete dialogs with the form's validation (zod). */
export const CustomQuestionDialogs = lazyScreen(() =>
  import('#renderer/questions/custom/CustomQuestionDialogs.js').then((m) => m.CustomQuestionDialogs),
);

const ALL = [
  CustomQuestionDialogs,
  PracticeRoute,
  ProgressScreen,
  DueScreen,
  DueRunScreen,
  MockSetupScreen,
  MockRunScreen,
  MockReportScreen,
  CompareScreen,
  ReadinessReport,
  DataRoute,
  SettingsScreen,
  MicCheckScreen,
  FacilityScreen,
];

/**
 * Fetches every screen's code while the user reads the list, one after another so the fetches
 * never compete with the first screen's own requests, and the next click rarely waits.
 */
export async function preloadScreens(): Promise<void> {
  for (const screen of ALL) await screen.preload();
}
