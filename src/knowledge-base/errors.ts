/** One thing wrong with a knowledge-base file, and where. */
export interface KnowledgeBaseIssue {
  file: string;
  line?: number;
  column?: number;
  /** The field, as a path: `roles[2].advancesTo[0]`. */
  field?: string;
  message: string;
}

export function formatIssue(issue: KnowledgeBaseIssue): string {
  let place = issue.file;
  if (issue.line !== undefined) place += `:${issue.line}`;
  if (issue.line !== undefined && issue.column !== undefined) place += `:${issue.column}`;
  return issue.field ? `${place}: ${issue.field}: ${issue.message}` : `${place}: ${issue.message}`;
}

/** Thrown when one or more files cannot be loaded; carries every issue found. */
export class KnowledgeBaseError extends Error {
  readonly issues: readonly KnowledgeBaseIssue[];

  constructor(issues: readonly KnowledgeBaseIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'KnowledgeBaseError';
    this.issues = issues;
  }
}
