import { describe, expect, it } from 'vitest';
import { plain } from '../../../src/cli/color.js';
import { renderListTable, renderListTsv } from '../../../src/cli/render/list.js';
import type { KnowledgeBase } from '../../../src/knowledge-base/model.js';
import type { Role } from '../../../src/knowledge-base/schema.js';

const role = (id: string, track: string, level: string, title = `${id} title`): Role => ({
  id,
  title,
  track,
  level,
  summary: 's',
  aliases: [],
  responsibilities: ['r'],
  advancesTo: [],
});

const knowledgeBase: KnowledgeBase = {
  tracks: [
    { id: 't1', title: 'Track one', practitioner: 'p', responsibility: 'r', focus: 'Focus one.' },
    { id: 't2', title: 'Track two', practitioner: 'p', responsibility: 'r', focus: 'Focus two.' },
  ],
  levels: [
    { id: 'low', title: 'Low', summary: 's' },
    { id: 'high', title: 'High', summary: 's' },
  ],
  roles: [role('b', 't2', 'low'), role('a-long-id', 't1', 'high'), role('c', 't1', 'low')],
  signals: [],
  guidance: [],
  preparation: [],
  sources: [],
  skills: [],
  roleSkills: {},
};

describe('list renderers', () => {
  it('writes tab-separated lines and keeps tabs and newlines inside a field from breaking them', () => {
    expect(renderListTsv([role('x', 't1', 'low', 'A\ttitle\nwith breaks')])).toBe(
      'x\tA title with breaks\tt1\tlow\n',
    );
    expect(renderListTsv([])).toBe('');
  });

  it('groups the table by track, then level, in the knowledge base’s order, ids aligned', () => {
    const table = renderListTable(
      knowledgeBase,
      [knowledgeBase.roles[2], knowledgeBase.roles[1], knowledgeBase.roles[0]] as Role[],
      plain,
      80,
    );
    expect(table).toBe(
      [
        'Track one  Focus one.',
        '  Low',
        '    c          c title',
        '  High',
        '    a-long-id  a-long-id title',
        '',
        'Track two  Focus two.',
        '  Low',
        '    b          b title',
        '',
        '3 roles. See one in full: career show <role>',
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing matches', () => {
    expect(renderListTable(knowledgeBase, [], plain, 80)).toBe('No roles match these filters.\n');
  });
});
