import { bridgeOf, type Move } from '../engine/move.js';
import { roleSkills, skillById } from '../engine/skills.js';
import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Question, Readiness, Skill } from '../knowledge-base/schema.js';
import { imperative } from '../text/imperative.js';
import { midSentence } from '../text/mid-sentence.js';
import type { Answers } from './answers.js';
import { readinessWords } from './check-for-move.js';
import { type Credit, creditFor } from './credit.js';
import { closingSteps } from './move-wording.js';
import { assess } from './score.js';

/** By when a step is done, in days from today. */
export const PLAN_HORIZONS = [30, 60, 90] as const;
export type Horizon = (typeof PLAN_HORIZONS)[number];

/** The most steps the first month holds: a plan a manager agrees to is short. */
export const FIRST_MONTH_STEPS = 5;

/** The most steps any later horizon holds, for the same reason. */
export const HORIZON_STEPS = 5;

/**
 * The most steps of new work (taking on a responsibility, or asking for it)
 * in one horizon: three new pieces of work a month is already a stretch.
 */
export const NEW_WORK_STEPS = 3;

const newWork = (step: PlanStep) => step.kind === 'responsibility' || step.kind === 'initiative';

/**
 * Below this share, performance is not a gap but the whole plan: goals
 * first, one small ask once they are met, a review. Nothing else.
 */
export const PERFORMANCE_FIRST = 0.5;

export interface PlanStep {
  by: Horizon;
  kind: 'performance' | 'initiative' | 'responsibility' | 'tools' | 'preparation' | 'move';
  /** The question whose gap this step closes, if any. */
  question?: string;
  /** What to do. */
  action: string;
  /** What it produces. */
  deliverable: string;
  /** What to collect to show it is done. */
  evidence: string;
  /** Skills the step builds or proves, by id. */
  skills?: string[];
}

function fill(template: string, item: string): string {
  return template.includes('{item}')
    ? template.replaceAll('{item}', midSentence(item))
    : `${template} ${item}`;
}

/** Ends a step's text as a sentence. */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** "a, b and c"; "a; b and c, d" would blur, so items that hold a list of their own are set apart with semicolons. */
const list = (items: readonly string[]) => {
  if (items.length <= 1) return items[0] ?? '';
  if (items.some((item) => /,| and /.test(item))) return items.join('; ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
};

/** How a scale question was answered: its share, or 0 when unanswered. */
function shareOf(question: Question | undefined, answer: Answers[string] | undefined): number {
  return question?.options?.find((o) => o.id === answer)?.score ?? 0;
}

/**
 * The skills the target role needs that you use already: your role's, and
 * those carried by the target's responsibilities you have been given.
 */
export function skillsInUse(
  knowledgeBase: KnowledgeBase,
  move: Move,
  given: ReadonlySet<number>,
): Set<string> {
  const used = new Set(roleSkills(knowledgeBase, move.from).map((entry) => entry.skill));
  // A responsibility you have been given brings the skills it names and the tools it needs.
  for (const entry of roleSkills(knowledgeBase, move.to))
    if (entry.responsibilities.some((index) => given.has(index + 1))) used.add(entry.skill);
  return used;
}

/** The numbers of the target's responsibilities the answers say you have been given. */
export function givenTasks(readiness: Readiness, answers: Answers): Set<number> {
  const tasks = readiness.questions.find((q) => q.kind === 'responsibilities');
  const answer = tasks ? answers[tasks.id] : undefined;
  return new Set(Array.isArray(answer) ? (answer as number[]) : []);
}

/**
 * The plan: short, ordered, and consistent with itself. At most
 * FIRST_MONTH_STEPS steps for the next 30 days, then what follows by 60 and
 * 90 days. Performance below its gap line comes first, and asking for the
 * target's work waits until the goals are met; well below it, the plan is
 * only that (goals, one ask, a review). With goals met, the first month
 * takes on one stretch and the work your skills already cover (of a long
 * list, only what comes before the stretch); the rest follows in the
 * target's order.
 * Each step names what to do, what it produces and what to collect; a
 * responsibility's deliverable comes from the skill its text names first
 * among those new to you, and no deliverable is asked for twice.
 */
export function buildPlan(
  knowledgeBase: KnowledgeBase,
  readiness: Readiness,
  move: Move,
  answers: Answers,
  career = 'career',
): PlanStep[] {
  const { to } = move;
  const scales = readiness.questions.filter((q) => q.kind === 'scale');
  // In the built-in check performance is the question of the "meets-goals" signal; a
  // knowledge base's own check without it has its first scale question there.
  const performance = scales.find((q) => q.signal === 'meets-goals') ?? scales[0];
  const others = scales.filter((q) => q !== performance);
  const tasks = readiness.questions.find((q) => q.kind === 'responsibilities');
  const preparation = readiness.questions.find((q) => q.kind === 'preparation');

  const performanceShare = shareOf(performance, performance && answers[performance.id]);
  const performanceGap = !!performance && performanceShare < performance.gapBelow;
  const performanceFirst = performanceGap && performanceShare < PERFORMANCE_FIRST;
  const given = givenTasks(readiness, answers);
  const used = skillsInUse(knowledgeBase, move, given);
  // With no route to the target, the work to take on now is that of the role to move to first
  // (the nearest route's): the plan and its last step, asking for that move, say the same.
  const bridge = bridgeOf(move);
  const stage = bridge ?? to;
  const open = bridge
    ? creditFor(knowledgeBase, move.from, bridge)
    : creditFor(knowledgeBase, move.from, to).filter((c) => !given.has(c.number));
  // Covered ones first: work you can take on now with skills you use; then the stretch. Each in
  // the role's own order, its central work first (O*NET lists core tasks before supplemental
  // ones): a skill named more often is no reason to put a side task ahead of the job's heart.
  const ordered = [...open].sort((a, b) => Number(b.covered) - Number(a.covered));

  const proven = new Set<string>();
  /**
   * What taking a responsibility on produces: the work its text names first
   * (a practice that is not a channel: "create content…" is content, however
   * new the customer experience it serves); else a channel new to you; else
   * the first skill new to you. A knowledge area ("digital marketing") is
   * never the work while the text names one.
   */
  const proof = (item: Credit) => {
    const candidates = item.needs.filter((s) => s.deliverable && !proven.has(s.deliverable));
    const practices = candidates.filter((s) => s.kind === 'practice');
    const lead =
      practices.find((s) => !s.channel) ??
      practices.find((s) => !used.has(s.id)) ??
      practices[0] ??
      candidates.find((s) => !used.has(s.id)) ??
      candidates[0];
    if (lead?.deliverable) proven.add(lead.deliverable);
    // Without a skill to say what the work produces, the work itself, named: never one line twice.
    const words = imperative(item.text)
      .replace(/[.,;:]+$/, '')
      .split(' ');
    const short =
      words.length > 8
        ? `${words
            .slice(0, 8)
            .join(' ')
            .replace(/[.,;:]+$/, '')}…`
        : words.join(' ');
    return {
      deliverable:
        lead?.deliverable ?? `one finished example of "${midSentence(short)}", with its result`,
      evidence: lead?.evidence ?? tasks?.evidence ?? "your manager's feedback on it",
      ...(lead ? { skills: [lead.id] } : {}),
    };
  };
  let bridgeNamed = false;
  /** Which responsibility each take-on step asks for: the plan may have to name it again. */
  const takenOn = new Map<PlanStep, Credit>();
  const takeOn = (item: Credit, by: Horizon, condition = ''): PlanStep => {
    const asked = tasks
      ? fill(tasks.step, imperative(item.text))
      : `Ask to take on: ${midSentence(imperative(item.text))}`;
    // Work of the role to move to first says so, once: the plan is not the target's job description.
    const action =
      bridge && !bridgeNamed
        ? `${asked.replace(/\.$/, '')} (the work of ${bridge.title}, where the nearest route starts)`
        : asked;
    bridgeNamed ||= !!bridge;
    const step: PlanStep = {
      by,
      kind: 'responsibility',
      ...(tasks ? { question: tasks.id } : {}),
      action: sentence(condition ? `${condition}, ${midSentence(action)}` : action),
      ...proof(item),
    };
    takenOn.set(step, item);
    return step;
  };

  const first: PlanStep[] = [];
  const later: PlanStep[] = [];
  if (performance && performanceGap) {
    first.push({
      by: 30,
      kind: 'performance',
      question: performance.id,
      action: performance.step,
      deliverable: performance.deliverable ?? 'your goals, written down with their measures',
      evidence: performance.evidence ?? "your manager's view of them at your next 1:1",
    });
  }
  // Ready now, with the goals met: the case is made this month, not after a retake in 90 days.
  const readyNow =
    !performanceGap &&
    assess(readiness, to, knowledgeBase.preparation, answers).verdict === readiness.verdicts[0];
  // What the move itself asks: a step down is talked through first, a case is made last (or now).
  const finish = (steps: PlanStep[]) => {
    const ready = steps.length === 0 || readyNow;
    const closing = closingSteps(
      knowledgeBase,
      move,
      { ready, performanceFirst, rest: steps.length > 0 },
      career,
    );
    const head = [...closing.before, ...(ready ? closing.after : [])];
    // The first month holds FIRST_MONTH_STEPS steps, NEW_WORK_STEPS of them new work: the rest moves on.
    const month: PlanStep[] = [];
    const moved: PlanStep[] = [];
    let work = 0;
    for (const step of steps.filter((s) => s.by === 30)) {
      const fits =
        head.length + month.length < FIRST_MONTH_STEPS && (!newWork(step) || work < NEW_WORK_STEPS);
      if (fits) month.push(step);
      else {
        const later: PlanStep = { ...step, by: 60 };
        const item = takenOn.get(step);
        if (item) takenOn.set(later, item);
        moved.push(later);
      }
      if (fits && newWork(step)) work++;
    }
    return [
      ...head,
      ...month,
      ...fitSecondMonth([...moved, ...steps.filter((step) => step.by === 60)]),
      ...steps.filter((step) => step.by === 90),
      ...(ready ? [] : closing.after),
    ];
  };
  /**
   * The second month holds as much as the first: the target's
   * responsibilities that do not fit (an O*NET occupation lists twenty) are
   * one step, agreeing with your manager which come next.
   */
  const fitSecondMonth = (steps: PlanStep[]): PlanStep[] => {
    const asks = steps.filter((step) => step.kind !== 'responsibility');
    if (steps.length <= HORIZON_STEPS && steps.filter(newWork).length <= NEW_WORK_STEPS)
      return steps;
    let room = Math.min(
      HORIZON_STEPS - 1 - asks.length,
      NEW_WORK_STEPS - asks.filter(newWork).length,
    );
    const kept = steps.filter((step) => step.kind !== 'responsibility' || room-- > 0);
    const left = steps.filter((step) => !kept.includes(step));
    const { responsibilities } = readinessWords(readiness);
    const only = left.length === 1 ? takenOn.get(left[0] as PlanStep) : undefined;
    const agree: PlanStep = {
      by: 60,
      kind: 'responsibility',
      ...(tasks ? { question: tasks.id } : {}),
      // Like every step towards the new work, it waits for the goals to be met.
      action: `${performanceGap ? 'Once your goals are met, agree' : 'Agree'} ${
        only
          ? `with your manager when you take on the last of the ${responsibilities} of ${stage.title}: ${midSentence(imperative(only.text)).replace(/\.$/, '')}.`
          : `with your manager which of the other ${left.length} ${responsibilities} of ${stage.title} come next, and when (${career} show ${stage.id}).`
      }`,
      deliverable: only
        ? 'a date for it, and what you will hand over or drop to make room'
        : `the ${responsibilities} you will take on next, in order, each with a date`,
      evidence: only
        ? 'the date, agreed with your manager in your 1:1 notes'
        : 'the list, agreed with your manager in your 1:1 notes',
    };
    const at = kept.findLastIndex((step) => step.kind === 'responsibility') + 1;
    return [...kept.slice(0, at), agree, ...kept.slice(at)];
  };

  if (performanceFirst) {
    // Goals, one ask once they are met, a review: a manager agrees to that, and to nothing more.
    const nearest = ordered[0];
    if (nearest) later.push(takeOn(nearest, 60, 'Once your goals are met two months running'));
    return finish([...first, ...later]);
  }

  // Asking for more work is asking for the first of them, by name: one step, not two.
  const condition = performanceGap ? 'Once your goals are met' : '';
  let asked: Credit | undefined;
  for (const question of others) {
    if (shareOf(question, answers[question.id]) >= question.gapBelow) continue;
    asked ??= ordered[0];
    const ask = asked
      ? `${question.step} Ask for this: ${midSentence(imperative(asked.text))}`
      : question.step;
    const step: PlanStep = {
      by: performanceGap ? 60 : 30,
      kind: 'initiative',
      question: question.id,
      action: sentence(condition ? `${condition}, ${midSentence(ask)}` : ask),
      ...(asked
        ? proof(asked)
        : {
            deliverable:
              question.deliverable ?? 'one named piece of extra work, agreed with your manager',
            evidence: question.evidence ?? "the request and your manager's answer",
          }),
    };
    (performanceGap ? later : first).push(step);
  }

  // With goals met, the first month takes on one stretch beyond what you already cover.
  // The stretch: the first of the target's work that needs a skill you don't use yet (a text that
  // names none, "compile lists…", builds nothing a manager can point to), else the first uncovered.
  const stretch = performanceGap
    ? undefined
    : (ordered.find((c) => !c.covered && c.needs.length > c.uses.length) ??
      ordered.find((c) => !c.covered));
  // Now: the work your skills cover, and the stretch. When the target lists more work than two
  // months hold (an O*NET occupation lists about twenty), only the covered work as central as
  // the stretch (before it in the target's list): the rest waits its turn in the target's
  // order. "Develop business cases for environmental marketing strategies" is covered by a
  // search marketing strategist's skills, but it is a supplemental task of a marketing manager.
  const crowded = open.length > 2 * NEW_WORK_STEPS;
  const central = (item: Credit) => !crowded || !stretch || item.number < stretch.number;
  const now = ordered.filter(
    (item) => item !== asked && !performanceGap && item.covered && central(item),
  );
  const taken = [
    ...now,
    ...(performanceGap ? ordered : open).filter(
      (item) => item !== asked && item !== stretch && !now.includes(item),
    ),
  ];
  if (stretch && stretch !== asked) {
    // The stretch is new work of the first month, not the first moved on when the covered work
    // fills it: it comes after as much of that work as fits beside it.
    const room = Math.max(0, NEW_WORK_STEPS - first.filter(newWork).length - 1);
    taken.splice(Math.min(room, now.length), 0, stretch);
  }
  for (const item of taken) {
    const soon = now.includes(item) || item === stretch;
    (soon ? first : later).push(takeOn(item, soon ? 30 : 60, condition));
  }

  // Tools: the target's, by name, that your role does not use yet.
  const studied = new Set(
    preparation && Array.isArray(answers[preparation.id])
      ? (answers[preparation.id] as string[])
      : [],
  );
  const tools = roleSkills(knowledgeBase, to)
    .map((entry) => skillById(knowledgeBase, entry.skill))
    .filter((skill): skill is Skill => skill?.kind === 'tool');
  const newTools = tools.filter((tool) => !used.has(tool.id));
  const technologies = knowledgeBase.preparation.find((area) => area.id === 'technologies');
  if (newTools.length > 0 && !(technologies && studied.has(technologies.id))) {
    const lead = newTools.find((tool) => tool.deliverable) ?? newTools[0];
    first.push({
      by: 30,
      kind: 'tools',
      ...(preparation ? { question: preparation.id } : {}),
      action: `Learn the tools of ${to.title} you don't use yet: ${list(newTools.map((tool) => tool.title))}.`,
      deliverable: lead?.deliverable ?? 'a small project in each tool',
      evidence: lead?.evidence ?? 'the project, shown to your manager',
      skills: newTools.map((tool) => tool.id),
    });
  }
  if (preparation) {
    // The tools step names the technologies; studying them in general would say it twice,
    // and when you use every tool the target does there is nothing to study.
    const areas = knowledgeBase.preparation.filter(
      (area) => !studied.has(area.id) && !(area.id === 'technologies' && tools.length > 0),
    );
    const [only] = areas;
    // One step for what is left to study, so the plan stays short.
    if (only)
      later.push({
        by: 60,
        kind: 'preparation',
        question: preparation.id,
        action: sentence(
          areas.length === 1
            ? fill(preparation.step, only.detail)
            : fill(preparation.step, list(areas.map((area) => midSentence(area.title)))),
        ),
        deliverable:
          areas.length === 1
            ? (only.deliverable ??
              preparation.deliverable ??
              'a one-page summary of what you learned')
            : 'a half-page note on each: what you learned, and what it changes in your work',
        evidence:
          preparation.evidence ?? 'what you produced, discussed with your manager or a mentor',
      });
  }

  // finish keeps the first month short: what does not fit moves to the second.
  return finish([...first, ...later]);
}
