import { knowledgeBaseJsonSchema } from '../../knowledge-base/json-schema.js';
import type { CommandContext } from '../context.js';
import { toJson } from '../render/records.js';

export function schema(context: CommandContext): void {
  context.io.stdout.write(toJson(knowledgeBaseJsonSchema()));
}
