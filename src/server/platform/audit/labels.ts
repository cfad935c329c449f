import type { Text } from '../../../contracts/api/home';

// Names of what the audit log records (操作, 对象), declared by the module that writes them (its
// manifest's `audit`), so that the log reads 新建账号 / 账号 instead of user.create / user. A test
// (modules/audit-labels.test.ts) fails when a module writes an action or a record kind it has not
// named, and every test database is checked at the end of its file (testing/harness.ts).

export interface AuditLabels {
  /** Record kinds (audit_log.entity): 'household' → 农户. */
  entities?: Readonly<Record<string, Text>>;
  /** Actions (audit_log.action): 'household.create' → 新增农户. */
  actions?: Readonly<Record<string, Text>>;
}

/**
 * What the platform itself writes (attachments are added and removed by the shared routes), and
 * the command-line tools that write to a county's log (`npm run gen`, the demo): no server file may
 * import them, so their names live here.
 */
export const PLATFORM_AUDIT_LABELS: AuditLabels = {
  actions: {
    'attachment.add': { zh: '上传附件', en: 'Add attachment' },
    'attachment.remove': { zh: '删除附件', en: 'Remove attachment' },
    'generator.county': {
      zh: '生成合成数据（农户、人员、组织、网格）',
      en: 'Generate synthetic county data',
    },
    'generator.points': { zh: '生成合成积分数据', en: 'Generate synthetic points data' },
    'generator.events': { zh: '生成合成网格事件数据', en: 'Generate synthetic grid events' },
    'generator.assessments': {
      zh: '生成合成考核评价数据（星级评定、红旗、软弱涣散）',
      en: 'Generate synthetic assessments',
    },
  },
};

export interface AuditLabelIndex {
  actions: ReadonlyMap<string, Text>;
  entities: ReadonlyMap<string, Text>;
}

/** One look-up over several declarations; a key declared twice with different names is a mistake. */
export const indexAuditLabels = (sources: readonly AuditLabels[]): AuditLabelIndex => {
  const actions = new Map<string, Text>();
  const entities = new Map<string, Text>();
  const add = (into: Map<string, Text>, entries: Readonly<Record<string, Text>> | undefined) => {
    for (const [key, text] of Object.entries(entries ?? {})) {
      const known = into.get(key);
      if (known && (known.zh !== text.zh || known.en !== text.en))
        throw new Error(`audit label ${key} is declared twice with different names`);
      into.set(key, text);
    }
  };
  for (const s of sources) {
    add(actions, s.actions);
    add(entities, s.entities);
  }
  return { actions, entities };
};
