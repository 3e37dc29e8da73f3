import type { Readiness } from './schema.js';

/**
 * The readiness check for a knowledge base that defines none: the three
 * signals that hold for any job (meeting your goals, doing the work of the
 * role you want, asking for more) and nothing else, in words that fit any
 * organisation. No preparation areas and no guidance: those are about one
 * field, and belong to the data that defines them.
 *
 * It lives in code, not in data/, because it must exist when no data is
 * read at all (`--no-builtin`): as data it could be missing, or replaced by
 * the very file it stands in for. Its question ids are those of the
 * built-in check, so history and answers files read the same either way.
 */
export const DEFAULT_READINESS: Readiness = {
  questions: [
    {
      id: 'performance',
      signal: 'meets-goals',
      title: 'Performance',
      kind: 'scale',
      prompt: 'How consistently do you meet or exceed the goals of your current role?',
      weight: 40,
      options: [
        {
          id: 'rarely',
          label: 'Rarely, I often miss them',
          reason: 'You often miss your goals.',
          score: 0,
        },
        {
          id: 'sometimes',
          label: 'Sometimes, I meet some and miss others',
          reason: 'You meet some of your goals and miss others.',
          score: 0.35,
        },
        {
          id: 'usually',
          label: 'Usually, I meet most of them',
          reason: 'You meet most of your goals.',
          score: 0.65,
        },
        {
          id: 'consistently',
          label: 'Consistently, I meet all of them',
          reason: 'You consistently meet your goals.',
          score: 0.9,
        },
        {
          id: 'exceeds',
          label: 'I consistently exceed them',
          reason: 'You consistently exceed your goals.',
          score: 1,
        },
      ],
      step: 'Agree with your manager what meeting your goals looks like, and track them every week: that comes before any talk of a move.',
      deliverable: "a written list of this quarter's goals, each with its measure",
      evidence: "your weekly tracking, and your manager's view of it at your next 1:1",
      gapBelow: 0.75,
    },
    {
      id: 'tasks',
      signal: 'higher-level-tasks',
      title: 'The work of the role you want',
      kind: 'responsibilities',
      prompt: 'Which of these, listed for the role you want, do you already do?',
      weight: 35,
      step: 'Ask to take on: {item}',
      evidence: "the work itself, and your manager's feedback on it",
      gapBelow: 0.75,
    },
    {
      id: 'initiative',
      signal: 'asked-for-more',
      title: 'Initiative',
      kind: 'scale',
      prompt: 'When did you last ask for more work, or for work beyond your role?',
      weight: 25,
      options: [
        {
          id: 'never',
          label: 'I have never asked',
          reason: 'You have not asked for more work.',
          score: 0,
        },
        {
          id: 'over-a-year',
          label: 'More than a year ago',
          reason: 'You last asked for more work over a year ago.',
          score: 0.2,
        },
        {
          id: 'this-year',
          label: 'In the last twelve months',
          reason: 'You asked for more work in the last twelve months.',
          score: 0.5,
        },
        {
          id: 'this-quarter',
          label: 'In the last three months',
          reason: 'You asked for more work in the last three months.',
          score: 0.85,
        },
        {
          id: 'this-month',
          label: 'In the last month',
          reason: 'You asked for more work in the last month.',
          score: 1,
        },
      ],
      step: 'Ask your manager for more work, and name it: work that belongs to the role you want.',
      deliverable: 'one named piece of extra work, agreed with your manager',
      evidence: "the request and your manager's answer, in your 1:1 notes",
      gapBelow: 0.75,
    },
  ],
  verdicts: [
    {
      id: 'ready',
      title: 'Ready now',
      summary:
        'You show the signs of someone ready for this move. Make the case to your manager, with the evidence below.',
      minimum: 75,
      floor: 0.5,
      guidance: [],
    },
    {
      id: 'almost',
      title: 'Almost there',
      summary: 'You are close. Close the gaps below, then take the check again.',
      minimum: 50,
      floor: 0,
      // Doing some of the target's work is one of the three signals: with none, not yet.
      floors: { tasks: 0.25 },
      guidance: [],
    },
    {
      id: 'not-yet',
      title: 'Not yet',
      summary: 'Build the signals below first; the plan says where to start.',
      minimum: 0,
      floor: 0,
      guidance: [],
    },
  ],
  crossTrackGuidance: [],
};
