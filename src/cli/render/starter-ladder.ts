/**
 * The starter ladder `career init --ladder` writes: an organisation's own
 * progression framework, with its own readiness check, that validates and
 * runs alone (`--no-builtin`). Made up, not any company's.
 */
export const STARTER_LADDER = `# yaml-language-server: $schema=./knowledge-base.schema.json
#
# Your organisation's ladder for career-advisor: tracks, levels and the roles
# at each level, with what each level expects. Use it alone with:
#   career --no-builtin --data THIS-FOLDER list
#   career --no-builtin --data THIS-FOLDER quiz
# Check it with:
#   career --no-builtin validate THIS-FOLDER
# The format, field by field: docs/knowledge-base.md in career-advisor.

# A track is a discipline: the roles in it share a kind of work.
tracks:
  - id: engineering
    title: Engineering
    practitioner: engineer
    focus: The product's code, and how it is built and run.

# Levels, from the first to the most senior. A higher rank is more senior.
levels:
  - id: level-1
    title: Level 1
    rank: 1
  - id: level-2
    title: Level 2
    rank: 2
  - id: level-3
    title: Level 3
    rank: 3

# One role per track and level. What a level expects goes under
# "responsibilities", one behaviour a line.
roles:
  - id: engineer-1
    title: Engineer 1
    track: engineering
    level: level-1
    summary: Delivers well-scoped tasks with support from the team.
    responsibilities:
      - Delivers well-scoped tasks to the agreed standard
      - Asks for help early and acts on feedback
    advancesTo: [engineer-2]
  - id: engineer-2
    title: Engineer 2
    track: engineering
    level: level-2
    summary: Owns features from design to release.
    responsibilities:
      - Owns features from design to release
      - Reviews others' work and explains the why of their comments
    advancesTo: [engineer-3]
  - id: engineer-3
    title: Engineer 3
    track: engineering
    level: level-3
    summary: Leads the technical direction of a team.
    responsibilities:
      - Sets the technical direction of a team's work
      - Coaches engineers towards the next level
`;

/** The readiness check of the starter ladder: self-contained, in the words of a ladder. */
export const STARTER_LADDER_READINESS = `# yaml-language-server: $schema=./knowledge-base.schema.json
#
# How \`career quiz\` checks whether someone is ready for the next level. This
# file is self-contained: change the questions, the weights, the verdicts or
# the words, or delete it to use the neutral built-in check.
#
# Scoring: each question scores from 0 to 1; the overall score is the
# weighted mean, out of 100. The verdict is the first tier whose minimum the
# score reaches with no question below the tier's floors.

readiness:
  # The words the quiz uses of a level's listed behaviours.
  words:
    responsibilities: expectations
    done: have shown
  questions:
    - id: performance
      title: Performance
      kind: scale
      prompt: How consistently do you meet the expectations of your current level?
      weight: 40
      options:
        - id: rarely
          label: Rarely
          reason: You rarely meet the expectations of your level.
          score: 0
        - id: sometimes
          label: Sometimes
          reason: You meet some of the expectations of your level.
          score: 0.4
        - id: usually
          label: Usually
          reason: You usually meet the expectations of your level.
          score: 0.7
        - id: always
          label: Always, and beyond
          reason: You meet and go beyond the expectations of your level.
          score: 1
      step: Agree with your manager how your current level's expectations are measured, and track them.
    - id: tasks
      title: The next level's expectations
      kind: responsibilities
      prompt: Which of these expectations of the next level have you shown, with examples?
      weight: 40
      step: 'Find work that lets you show: {item}'
      evidence: an example of it, written down with its outcome
    - id: initiative
      title: Initiative
      kind: scale
      prompt: When did you last ask for work beyond your level?
      weight: 20
      options:
        - id: never
          label: Never
          reason: You have not asked for work beyond your level.
          score: 0
        - id: this-year
          label: In the last twelve months
          reason: You asked for work beyond your level in the last twelve months.
          score: 0.5
        - id: this-quarter
          label: In the last three months
          reason: You asked for work beyond your level in the last three months.
          score: 1
      step: Ask your manager for one piece of work that belongs to the next level, and name it.
  verdicts:
    - id: ready
      title: Ready now
      summary: You show the next level's expectations. Bring your examples to your manager.
      minimum: 75
      floor: 0.5
    - id: almost
      title: Almost there
      summary: You are close. Close the gaps below, then take the check again.
      minimum: 50
      floors: { tasks: 0.25 }
    - id: not-yet
      title: Not yet
      summary: Build the signals below first; the plan says where to start.
      minimum: 0
`;
