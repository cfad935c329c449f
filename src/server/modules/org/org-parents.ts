import type { OrgSummary } from './lookups';

// The 上级党组织 cell of an import row: an organization named on an earlier row of the same file
// (how a new tree is entered top-down), or one already in the database within the caller's scope.

/** A parent as a row sees it: an earlier row of the file (`row`) or a stored organization (`id`). */
export interface OrgParent {
  row?: number;
  id?: string;
  name: string;
  /** Unknown when the parent's own row has a wrong cell there. */
  level?: string;
  regionCode?: string;
}

interface Sources {
  earlier: Map<string, OrgParent[]>;
  orgs: { resolve: (text: string) => OrgSummary | undefined };
}

/** The parent a cell names, or the problem to note on the cell. */
export const resolveParent = (text: string, l: Sources): { parent: OrgParent } | { problem: string } => {
  const key = text.trim();
  const rows = l.earlier.get(key) ?? [];
  if (rows.length > 1)
    return {
      problem: `本表前面有${rows.length}行名为“${key}”的组织（第${rows.map((r) => r.row).join('、')}行），请写成“名称（村名）”以区分`,
    };
  if (rows.length === 1) return { parent: rows[0] };
  const stored = l.orgs.resolve(key);
  if (stored) return { parent: stored };
  return { problem: '上级党组织不存在、不在您的管辖范围内，或未在本表前面的行中填写' };
};
