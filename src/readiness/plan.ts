import type { Move } from '../engine/move.js';
import { roleSkills, skillById } from '../engine/skills.js';
import type { KnowledgeBase } from '../knowledge-base/model.js';
import type { Question, Readiness, Skill } from '../knowledge-base/schema.js';
import type { Answers } from './answers.js';
import { creditFor } from './credit.js';
import { closingStep } from './move-wording.js';

/** By when a step is done, in days from today. */
export const PLAN_HORIZONS = [30, 60, 90] as const;
export type Horizon = (typeof PLAN_HORIZONS)[number];

/** The most steps the first month holds: a plan a manager agrees to is short. */
export const FIRST_MONTH_STEPS = 5;

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

/** "The technologies…" reads as "the technologies…" mid-sentence; "SEO…" stays as it is. */
function midSentence(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
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

/** Whether a scale question's answer leaves a gap worth a step. */
function scaleGap(question: Question | undefined, answer: Answers[string] | undefined): boolean {
  if (!question) return false;
  const option = question.options?.find((o) => o.id === answer);
  return !option || option.score < question.gapBelow;
}

/**
 * The plan: short, ordered, and consistent with itself. At most
 * FIRST_MONTH_STEPS steps for the next 30 days, then what follows at 60 and
 * 90. Performance below its gap line comes first, alone with what needs no
 * one's permission (learning the tools): asking to take on the target's
 * work waits until the goals are met. Each step names what to do, what it
 * produces and what to collect; a responsibility's deliverable comes from
 * the skills it needs, new ones first.
 */
export function buildPlan(
  knowledgeBase: KnowledgeBase,
  readiness: Readiness,
  move: Move,
  answers: Answers,
): PlanStep[] {
  const { from, to } = move;
  const byKind = (kind: Question['kind'], signal?: string) =>
    readiness.questions.find((q) => q.kind === kind && (signal ? q.signal === signal : true));
  const scales = readiness.questions.filter((q) => q.kind === 'scale');
  // The first scale question is performance in the built-in check; a knowledge base's own
  // check names its signals, and performance is the one tied to meeting goals.
  const performance = scales.find((q) => q.signal === 'meets-goals') ?? scales[0];
  const others = scales.filter((q) => q !== performance);
  const tasks = byKind('responsibilities');
  const preparation = byKind('preparation');

  const performanceGap = scaleGap(performance, performance && answers[performance.id]);
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

  const used = new Set(roleSkills(knowledgeBase, from).map((entry) => entry.skill));
  const credit = creditFor(knowledgeBase, from, to);
  const given = new Set(
    tasks && Array.isArray(answers[tasks.id]) ? (answers[tasks.id] as number[]) : [],
  );
  const open = credit.filter((c) => !given.has(c.number));

  // What the target's responsibilities need: the skills each names, new ones first.
  const named = new Map<number, Skill[]>();
  for (const entry of roleSkills(knowledgeBase, to)) {
    if (entry.tagged) continue;
    for (const index of entry.responsibilities) {
      const skill = skillById(knowledgeBase, entry.skill);
      if (skill) named.set(index, [...(named.get(index) ?? []), skill]);
    }
  }
  // How many of the target's responsibilities name each skill: the fewer, the more a skill
  // says about one of them ("A/B tests" about the one that runs experiments, "planning" about none).
  const spread = new Map<string, number>();
  for (const skills of named.values())
    for (const skill of skills) spread.set(skill.id, (spread.get(skill.id) ?? 0) + 1);
  const proven = new Set<string>();
  /**
   * What taking a responsibility on produces, from the skill that says most
   * about it: new to you before used, the most specific first, and never
   * the same deliverable twice in one plan.
   */
  const proof = (item: (typeof open)[number]) => {
    const skills = (named.get(item.number - 1) ?? [])
      .filter((s) => s.deliverable && !proven.has(s.deliverable))
      .sort(
        (a, b) =>
          Number(used.has(a.id)) - Number(used.has(b.id)) ||
          (spread.get(a.id) ?? 0) - (spread.get(b.id) ?? 0),
      );
    const lead = skills[0];
    if (lead?.deliverable) proven.add(lead.deliverable);
    return {
      deliverable:
        lead?.deliverable ?? tasks?.deliverable ?? 'one piece of work where you did this',
      evidence: lead?.evidence ?? tasks?.evidence ?? "your manager's feedback on it",
      ...(lead ? { skills: [lead.id] } : {}),
    };
  };
  // Covered ones first: work you can take on now, with skills you already use; then the
  // ones you already use most skills of, the nearest stretch.
  const ordered = [...open].sort(
    (a, b) => Number(b.covered) - Number(a.covered) || b.uses.length - a.uses.length,
  );
  // With goals met, the first month takes on one stretch beyond what you already cover.
  const stretch = performanceGap ? undefined : ordered.find((c) => !c.covered);

  // Asking for more work is asking for the first of them, by name: one step, not two.
  let asked: (typeof open)[number] | undefined;
  for (const question of others) {
    if (!scaleGap(question, answers[question.id])) continue;
    asked ??= ordered[0];
    const step: PlanStep = {
      by: performanceGap ? 60 : 30,
      kind: 'initiative',
      question: question.id,
      action: sentence(
        asked ? `${question.step} Ask for this: ${midSentence(asked.text)}` : question.step,
      ),
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

  for (const item of ordered) {
    if (item === asked) continue;
    const action = tasks
      ? fill(tasks.step, item.text)
      : `Ask to take on: ${midSentence(item.text)}`;
    const step: PlanStep = {
      by: 30,
      kind: 'responsibility',
      ...(tasks ? { question: tasks.id } : {}),
      action: sentence(performanceGap ? `Once your goals are met, ${midSentence(action)}` : action),
      ...proof(item),
    };
    if (performanceGap || (!item.covered && item !== stretch)) later.push({ ...step, by: 60 });
    else first.push(step);
  }

  // Tools: the target's, by name, that your role does not use yet.
  const studied = new Set(
    preparation && Array.isArray(answers[preparation.id])
      ? (answers[preparation.id] as string[])
      : [],
  );
  const newTools = roleSkills(knowledgeBase, to)
    .map((entry) => skillById(knowledgeBase, entry.skill))
    .filter((skill): skill is Skill => skill?.kind === 'tool' && !used.has(skill.id));
  const technologies = knowledgeBase.preparation.find((area) => area.id === 'technologies');
  if (newTools.length > 0 && !(technologies && studied.has(technologies.id))) {
    const names = newTools.map((tool) => tool.title);
    const lead = newTools.find((tool) => tool.deliverable) ?? newTools[0];
    first.push({
      by: 30,
      kind: 'tools',
      ...(preparation ? { question: preparation.id } : {}),
      action: `Learn the tools of ${to.title} you don't use yet: ${list(names)}.`,
      deliverable: lead?.deliverable ?? 'a small project in each tool',
      evidence: lead?.evidence ?? 'the project, shown to your manager',
      skills: newTools.map((tool) => tool.id),
    });
  }
  if (preparation) {
    // The tools step above names the technologies; studying them in general adds nothing.
    const areas = knowledgeBase.preparation.filter(
      (area) => !studied.has(area.id) && !(area.id === 'technologies' && newTools.length > 0),
    );
    const lead = areas[0];
    // One step for what is left to study, so the plan stays short; its first area shows how.
    if (lead)
      later.push({
        by: 60,
        kind: 'preparation',
        question: preparation.id,
        action: sentence(
          areas.length === 1
            ? fill(preparation.step, lead.detail)
            : fill(preparation.step, list(areas.map((area) => midSentence(area.title)))),
        ),
        deliverable:
          lead.deliverable ?? preparation.deliverable ?? 'a one-page summary of what you learned',
        evidence: preparation.evidence ?? 'the summary, discussed with your manager or a mentor',
      });
  }

  // Keep the first month short: what does not fit moves to the second.
  const month = first.slice(0, FIRST_MONTH_STEPS);
  const overflow = first.slice(FIRST_MONTH_STEPS).map((step) => ({ ...step, by: 60 as const }));
  return [...month, ...overflow, ...later, closingStep(knowledgeBase, move)];
}
