import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportManifest } from '../../../shared/schemas/export-archive.js';

/** The README.txt inside every export: what each file is, so the archive explains itself. */
export function readmeText(manifest: ExportManifest, files: { customQuestions: boolean }): string {
  const { scope, counts } = manifest;
  const scopeLines = [
    scope.from ? `  from ${scope.from}` : null,
    scope.to ? `  to ${scope.to}` : null,
    scope.questionIds?.length ? `  questions: ${scope.questionIds.join(', ')}` : null,
  ].filter((line): line is string => line !== null);
  return [
    'Interview Studio — your data',
    '============================',
    '',
    `Exported ${manifest.exportedAt} by Interview Studio ${manifest.appVersion}.`,
    `Format: ${EXPORT_FORMAT}, version ${EXPORT_FORMAT_VERSION}.`,
    `It holds ${counts.attempts} answer(s) and ${counts.recordings} recording(s)${scopeLines.length ? ', chosen by:' : ' (everything).'}`,
    ...scopeLines,
    '',
    'Everything here came from your own computer; nothing was sent anywhere. To bring it back,',
    'open Interview Studio, go to "Your data" and choose Import, or run:',
    '  npm run data -- import --data-dir <folder> <this file>.zip',
    '',
    'Files',
    '-----',
    'README.txt',
    '  This explanation.',
    '',
    'manifest.json',
    '  What this archive is: its format and version, when and by which version it was made, which',
    '  answers were chosen (scope) and how many answers, recordings and custom questions it holds.',
    '  An import reads this first and refuses archives of another format or a newer version.',
    '',
    'attempts.json',
    '  Every answer, exactly as the app keeps it: {"attempts": [...]}, oldest first. Each has',
    '  id (also its recording\'s name), questionId, createdAt (when you recorded it, UTC),',
    '  durationMs, mimeType, sizeBytes, hasRecording (false once the audio was deleted and only the',
    '  review kept), recovered (rescued after a crash), review (marks per criterion: met, partly or',
    '  not_met; a note per criterion; rating 1-5 or null; what to do next time), reviewedAt, and',
    '  measurements (pauses, silences, levels) when the app measured the answer.',
    '',
    'attempts.csv',
    '  The same answers for a spreadsheet: one row per answer; one "mark: <criterion>" column per',
    '  criterion of the guide; a "note: <criterion>" column for each criterion you wrote a note on;',
    '  measurement columns when answers were measured. UTF-8 with a byte-order mark, comma',
    '  separated, quoted where needed. Notes starting with = + - or @ get a leading apostrophe so a',
    '  spreadsheet never runs them as formulas; attempts.json has them exactly as typed.',
    '',
    'settings.json',
    '  Your settings (think time, answer length, voice, microphone, retention). An import only uses',
    '  them if you ask it to, and never takes the microphone or voice of another computer.',
    '',
    ...(files.customQuestions
      ? ['custom-questions.json', '  The questions you wrote yourself: {"questions": [...]}.', '']
      : []),
    'recordings/<id>.webm (or .mp4, .ogg)',
    '  The audio of each answer, byte for byte as recorded (Opus audio). The name is the id of',
    '  its answer in attempts.json. Any audio player that reads WebM/Opus can play it.',
    '',
  ].join('\r\n');
}
