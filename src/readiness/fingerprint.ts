import { createHash } from 'node:crypto';
import type { Role } from '../knowledge-base/schema.js';

/**
 * What an answers file's `tasks` were written against: the target role's id
 * and a short SHA-256 of its responsibilities, in order, since `tasks: [1, 3]`
 * means "the first and third of these". Only what the numbers depend on is
 * fingerprinted, so editing another role, a guidance text or a question's
 * weight leaves a filled-in file usable; rewording, adding, removing or
 * reordering the target's responsibilities does not.
 */
export function tasksFingerprint(role: Role): string {
  const digest = createHash('sha256').update(role.responsibilities.join('\n')).digest('hex');
  return `${role.id}@${digest.slice(0, 12)}`;
}

/** The role id a fingerprint names, or undefined when the text is not one. */
export function fingerprintRole(fingerprint: string): string | undefined {
  const match = /^(.+)@[0-9a-f]{12}$/.exec(fingerprint);
  return match?.[1];
}
