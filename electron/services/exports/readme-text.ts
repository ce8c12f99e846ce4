import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportManifest } from '#shared/schemas/archive.js';

export interface ReadmeFiles {
  customQuestions: boolean;
  facilityProfile: boolean;
  reviewSchedule: boolean;
  mockInterviews: boolean;
  checklist: boolean;
}

/** The README.txt inside every export: what each file is, so the archive explains itself. */
export function readmeText(manifest: ExportManifest, files: ReadmeFiles): string {
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
    '  answers were chosen (scope) and how many answers, recordings, custom questions, mock',
    '  interviews and suspended questions it holds.',
    '  An import reads this first and refuses archives of another format or a newer version.',
    '',
    'attempts.json',
    '  Every answer, exactly as the app keeps it: {"attempts": [...]}, oldest first. Each has',
    "  id (also its recording's name), questionId, createdAt (when you recorded it, UTC),",
    '  durationMs, mimeType, sizeBytes, hasRecording (false once the audio was deleted and only the',
    '  review kept), recovered (rescued after a crash), review (marks per criterion: met, partly or',
    '  not_met; a note per criterion; rating 1-5 or null; what to do next time), reviewedAt, and',
    '  measurements (pauses, silences, levels; pace and pitch from version 2 of the analysis) when',
    '  the app measured the answer. An answer to a',
    '  follow-up question also has parentAttemptId (the id of the answer it followed) and',
    "  followUpIndex (which of the question's follow-ups was asked, counting from 0).",
    '',
    'attempts.csv',
    '  The same answers for a spreadsheet: one row per answer; one "mark: <criterion>" column per',
    '  criterion of the guide; a "note: <criterion>" column for each criterion you wrote a note on;',
    '  measurement columns when answers were measured (words_per_minute is estimated from the',
    '  syllables heard, without a transcript). UTF-8 with a byte-order mark, comma',
    '  separated, quoted where needed. Notes starting with = + - or @ get a leading apostrophe so a',
    '  spreadsheet never runs them as formulas; attempts.json has them exactly as typed.',
    '',
    'settings.json',
    '  Your settings (think time, answer length, voice, microphone, retention). An import only uses',
    '  them if you ask it to, and never takes the microphone or voice of another computer.',
    '',
    ...(files.customQuestions ? ['custom-questions.json', '  The questions you wrote yourself: {"questions": [...]}.', ''] : []),
    ...(files.facilityProfile
      ? [
          'facility-profile.json',
          '  The facility you are interviewing with, as you described it: name, kind (clinic, hospital,',
          '  specialty_practice, urgent_care or other), values (its mission and values), patients (who',
          '  it serves), ehrSystem, interviewDate (YYYY-MM-DD) and interviewTime (HH:MM) or null,',
          '  interviewers, notes (your notes and questions to ask), and updatedAt (when you last changed',
          '  it, UTC). An import adds it where there is none; one that differs from yours is only used',
          '  if you ask, and the import tells you which of the two is newer.',
          '',
        ]
      : []),
    ...(files.reviewSchedule
      ? [
          'review-schedule.json',
          '  The questions you set aside from "Due today": {"suspended": [question ids]}. The rest of',
          '  the schedule is worked out again from the ratings in attempts.json. An import adds these',
          '  to the ones set aside already.',
          '',
        ]
      : []),
    ...(files.mockInterviews
      ? [
          'mock-interviews.json',
          '  Your mock interviews: {"sessions": [...]}, oldest first. Each has id (the sessionId of its',
          '  answers in attempts.json), startedAt (UTC), questionIds (in the order asked) and followUp:',
          '  checked (the after-the-interview checklist items you ticked), remindOn (the day to be',
          '  reminded, YYYY-MM-DD, or null) and done. An import adds the ones not here; one that is here',
          '  with a different follow-up keeps yours unless you choose to take the imported ones.',
          ...(manifest.scope.from || manifest.scope.to || manifest.scope.questionIds?.length
            ? [
                '  This export was chosen by a scope, so it holds the mock interviews that share something',
                '  with it: one an answer here was given in, or one held in the dates that asked a chosen question.',
              ]
            : []),
          '',
        ]
      : []),
    ...(files.checklist
      ? [
          'interview-checklist.json',
          '  The items of the guide\'s "Before the interview" checklist you ticked: {"checked": [item ids]}',
          '  (the ids of content/checklists.json). An import adds these to the ones ticked already.',
          '',
        ]
      : []),
    'recordings/<id>.webm (or .mp4, .ogg)',
    '  The audio of each answer, byte for byte as recorded (Opus audio). The name is the id of',
    '  its answer in attempts.json. Any audio player that reads WebM/Opus can play it.',
    '',
  ].join('\r\n');
}
