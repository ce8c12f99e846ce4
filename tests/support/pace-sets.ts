import type { PaceSpec } from './pace-answers.js';

/**
 * The pace evaluation set, in parts that share no sentence: TUNING (the development half: what the
 * syllable finder's thresholds were chosen on) and HELD_OUT (what the accuracy is reported on, never
 * looked at while tuning), and SECOND_HELD_OUT, made after the dip between syllables was made to adapt
 * to the speaking rate and looked at once, to see whether that change holds on sentences and rates that
 * neither of the others has (and two espeak-ng voices of its own). Each answer comes clean and in a room (reverberation and
 * noise). Rates run from about 110 to 220 words per minute as the synthesizers actually speak them (the
 * truth is measured, not the setting).
 */

const TUNING_SENTENCES = [
  'I led a team of five people through a difficult product launch last spring',
  'The main problem was that our supplier missed two delivery dates in a row',
  'So I set up a daily call with their manager and we agreed on a new plan',
  'In the end we shipped only one week late and the client renewed the contract',
  'What I learned is to raise a risk early instead of hoping it goes away',
  'I enjoy working with patients because every day brings a new problem to solve',
  'At my last clinic I handled the front desk schedule for four doctors',
  'When the booking system went down I kept a paper list and called every patient',
  'Nobody missed an appointment that week and my manager asked me to train others',
  'I am looking for a role where I can keep learning and take on more responsibility',
  'My manager trusted me with the monthly reports after my first three months',
  'I double check every insurance card because one wrong number can delay a whole visit',
];

const HELD_OUT_SENTENCES = [
  'When a patient calls upset about a bill, I listen first and let them finish before I explain anything.',
  'Then I look up the claim with them on the line so they can hear exactly what happened.',
  'Most of the time the problem is a missing referral, and I can fix that the same afternoon.',
  'If I cannot fix it right away, I give them a date when I will call back, and I keep that promise.',
  'At my old job I scheduled for three surgeons who all wanted the same operating room on Tuesdays.',
  'I built a shared calendar so everyone could see the open times before they asked.',
  'Double bookings went from several a week to almost none within a month.',
  'The surgeons liked it so much that the other departments started using it too.',
  'I stay calm when the waiting room is full by taking one patient at a time.',
  'I tell people how long the wait will be, because not knowing is what makes them angry.',
  'Once an older man fell asleep in the lobby and missed his name being called.',
  'I noticed him an hour later, apologized, and got him in with the next open doctor.',
  'Since then I check the room every fifteen minutes and read the list out loud.',
  'Privacy matters to me, so I never say a diagnosis where other patients can hear.',
  'I ask people to confirm their date of birth instead of reading it to them.',
  'When a new system arrived, I volunteered to learn it first and then taught the front desk.',
  'We wrote short guides with pictures, and calls to the help line dropped by half.',
  'I want this job because I like being the person who makes a hard day easier.',
  'Your clinic serves many families, and I speak Spanish, which would help at the front desk.',
  'In five years I hope to lead a small team of coordinators and train new staff.',
];

type Base = Omit<PaceSpec, 'name' | 'room' | 'sentences' | 'gapsSeconds'> & { id: string; pick: number[]; gaps: number[] };

function expand(bases: Base[], pool: string[], prefix: string): PaceSpec[] {
  return bases.flatMap(({ id, pick, gaps, ...rest }) =>
    [false, true].map((room) => ({
      ...rest,
      name: `${prefix}-${id}-${room ? 'room' : 'clean'}`,
      sentences: pick.map((i) => pool[i % pool.length]!),
      gapsSeconds: gaps,
      room,
    })),
  );
}

export const TUNING_SET: PaceSpec[] = expand(
  [
    { id: 'espeak-us-120', synth: 'espeak', voice: 'en-us', rate: 120, pick: [0, 1, 2, 3], gaps: [0.6, 1.2, 0.4] },
    { id: 'espeak-us-f-165', synth: 'espeak', voice: 'en-us+f3', rate: 165, pick: [4, 5, 6, 7], gaps: [0.8, 0.4, 1.5] },
    { id: 'espeak-us-m-195', synth: 'espeak', voice: 'en-us+m3', rate: 195, pick: [8, 9, 10, 11], gaps: [0.5, 0.9, 0.7] },
    { id: 'slt-0.75', synth: 'festival', voice: 'cmu_us_slt_arctic_hts', rate: 0.75, pick: [2, 5, 8, 11], gaps: [0.7, 0.5, 1.0] },
    { id: 'slt-1.05', synth: 'festival', voice: 'cmu_us_slt_arctic_hts', rate: 1.05, pick: [1, 4, 7, 10], gaps: [1.0, 0.6, 0.5] },
    { id: 'kal-0.9', synth: 'festival', voice: 'kal_diphone', rate: 0.9, pick: [0, 3, 6, 9], gaps: [0.5, 1.4, 0.6] },
    { id: 'kal-0.65', synth: 'festival', voice: 'kal_diphone', rate: 0.65, pick: [1, 5, 9, 11], gaps: [0.9, 0.6, 0.8] },
    { id: 'slt-0.6', synth: 'festival', voice: 'cmu_us_slt_arctic_hts', rate: 0.6, pick: [0, 6, 7, 3], gaps: [0.6, 1.1, 0.5] },
    { id: 'slt-1.15', synth: 'festival', voice: 'cmu_us_slt_arctic_hts', rate: 1.15, pick: [9, 4, 11, 2], gaps: [0.5, 0.8, 0.6] },
    { id: 'espeak-gb-140', synth: 'espeak', voice: 'en-gb', rate: 140, pick: [10, 2, 4, 8], gaps: [0.7, 0.5, 1.3] },
  ],
  TUNING_SENTENCES,
  'tune',
);

export const HELD_OUT_SET: PaceSpec[] = expand(
  [
    { id: 'espeak-us-110', synth: 'espeak', voice: 'en-us', rate: 110, pick: [0, 1, 2, 3], gaps: [0.8, 0.5, 1.2] },
    { id: 'espeak-gb-135', synth: 'espeak', voice: 'en-gb', rate: 135, pick: [4, 5, 6, 7], gaps: [0.6, 1.0, 0.5] },
    { id: 'espeak-us-f-150', synth: 'espeak', voice: 'en-us+f2', rate: 150, pick: [8, 9, 10, 11], gaps: [1.5, 0.5, 0.8] },
    { id: 'espeak-us-m-175', synth: 'espeak', voice: 'en-us+m2', rate: 175, pick: [12, 13, 14, 15], gaps: [0.6, 0.6, 1.1] },
    { id: 'espeak-us-f-200', synth: 'espeak', voice: 'en-us+f4', rate: 200, pick: [16, 17, 18, 19], gaps: [0.9, 0.5, 0.7] },
    { id: 'slt-0.65', synth: 'festival', voice: 'cmu_us_slt_arctic_hts', rate: 0.65, pick: [1, 6, 11, 16], gaps: [0.7, 1.2, 0.5] },
    { id: 'slt-0.85', synth: 'festival', voice: 'cmu_us_slt_arctic_hts', rate: 0.85, pick: [2, 7, 12, 17], gaps: [0.5, 0.8, 0.9] },
    { id: 'slt-1.1', synth: 'festival', voice: 'cmu_us_slt_arctic_hts', rate: 1.1, pick: [3, 8, 13, 18], gaps: [1.0, 0.5, 0.6] },
    { id: 'kal-0.7', synth: 'festival', voice: 'kal_diphone', rate: 0.7, pick: [4, 9, 14, 19], gaps: [0.6, 0.9, 0.5] },
    { id: 'kal-1.0', synth: 'festival', voice: 'kal_diphone', rate: 1.0, pick: [0, 5, 10, 15], gaps: [1.2, 0.6, 0.7] },
  ],
  HELD_OUT_SENTENCES,
  'held',
);

const SECOND_HELD_OUT_SENTENCES = [
  'Before every shift I read the schedule and flag any visit that needs an interpreter',
  'A mother once called because her son had a fever and no appointment was open',
  'I found a cancellation later that morning and booked him in with his own doctor',
  'Our billing team and the nurses did not always agree on who should call the insurer',
  'So we made a simple rule that whoever took the first call would follow it to the end',
  'I like to finish the day with the next morning already confirmed and the files ready',
  'When I make a mistake I tell my manager right away and explain how I will fix it',
  'Patients remember how you made them feel more than how long they waited',
];

export const SECOND_HELD_OUT_SET: PaceSpec[] = expand(
  [
    { id: 'slt-1.0', synth: 'festival', voice: 'cmu_us_slt_arctic_hts', rate: 1.0, pick: [0, 2, 4, 6], gaps: [0.7, 0.5, 1.0] },
    { id: 'slt-1.2', synth: 'festival', voice: 'cmu_us_slt_arctic_hts', rate: 1.2, pick: [1, 3, 5, 7], gaps: [0.7, 0.5, 1.0] },
    { id: 'slt-0.7', synth: 'festival', voice: 'cmu_us_slt_arctic_hts', rate: 0.7, pick: [2, 4, 6, 0], gaps: [0.7, 0.5, 1.0] },
    { id: 'kal-1.1', synth: 'festival', voice: 'kal_diphone', rate: 1.1, pick: [3, 5, 7, 1], gaps: [0.7, 0.5, 1.0] },
    { id: 'kal-0.8', synth: 'festival', voice: 'kal_diphone', rate: 0.8, pick: [4, 6, 0, 2], gaps: [0.7, 0.5, 1.0] },
    { id: 'espeak-us-m1-185', synth: 'espeak', voice: 'en-us+m1', rate: 185, pick: [5, 7, 1, 3], gaps: [0.7, 0.5, 1.0] },
    { id: 'espeak-gb-f3-125', synth: 'espeak', voice: 'en-gb+f3', rate: 125, pick: [6, 0, 2, 4], gaps: [0.7, 0.5, 1.0] },
  ],
  SECOND_HELD_OUT_SENTENCES,
  'held2',
);
