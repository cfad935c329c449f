import { describe, expect, it } from 'vitest';
import { resolveParent } from './org-parents';
import { treeOrder } from './org-sheet';

const org = (id: string, parentId: string | null = null) => ({ id, parentId });

describe('tree order of an export', () => {
  it('puts every organization after its parent and keeps siblings in the given order', () => {
    const rows = [org('b2', 'a'), org('c', 'b1'), org('a'), org('b1', 'a'), org('x', 'gone')];
    expect(treeOrder(rows).map((r) => r.id)).toEqual(['a', 'b2', 'b1', 'c', 'x']);
  });

  it('keeps rows caught in a loop of parents instead of dropping them', () => {
    expect(treeOrder([org('p', 'q'), org('q', 'p')])).toHaveLength(2);
  });
});

describe('the parent an import row names', () => {
  const stored = { id: 's1', name: '那坡村党总支', level: 'general_branch', regionCode: '451022100001' };
  const sources = (earlier: [string, { row: number; name: string }[]][]) => ({
    earlier: new Map(earlier),
    orgs: { resolve: (t: string) => (t === stored.name || t === stored.id ? stored : undefined) },
  });

  it('prefers an earlier row of the file, then an organization in scope by name or id', () => {
    const row = { row: 3, name: '那坡村党总支' };
    expect(resolveParent(' 那坡村党总支 ', sources([['那坡村党总支', [row]]]))).toEqual({ parent: row });
    expect(resolveParent('s1', sources([]))).toEqual({ parent: stored });
  });

  it('asks to tell apart two earlier rows of one name, and reports an unknown parent', () => {
    const twice = sources([
      [
        '第一党小组',
        [
          { row: 2, name: '第一党小组' },
          { row: 5, name: '第一党小组' },
        ],
      ],
    ]);
    expect(resolveParent('第一党小组', twice)).toEqual({
      problem: '本表前面有2行名为“第一党小组”的组织（第2、5行），请写成“名称（村名）”以区分',
    });
    expect(resolveParent('无此组织', sources([]))).toHaveProperty('problem');
  });
});
