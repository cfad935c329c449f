import type { QuestionCode } from '../server/modules/visits/tables';

// What generated 十问十清 visits find (CATALOGUES.md §10): for each question, how often a problem
// is found there, what it says, the risk of falling back it shows (defaults.ts RISK_TYPES), how a
// visitor solves it on the spot, and the event category it goes to when passed on (CATALOGUES.md §5).

export interface ProblemText {
  description: string;
  riskType: string | null;
  solution: string;
  category: string;
  /** Question 3's check that fails with it. */
  check?: 'food' | 'clothes' | 'housing' | 'water';
}

export const QUESTION_WEIGHTS: [QuestionCode, number][] = [
  ['Q01', 4],
  ['Q02', 8],
  ['Q03', 20],
  ['Q04', 15],
  ['Q05', 2],
  ['Q06', 8],
  ['Q07', 20],
  ['Q08', 15],
  ['Q09', 5],
  ['Q10', 3],
];

export const PROBLEMS: Record<QuestionCode, ProblemText[]> = {
  Q01: [
    {
      description: '新生儿未落户，家庭成员与户籍不一致',
      riskType: null,
      solution: '指导到派出所办理落户',
      category: 'E14',
    },
    { description: '家庭成员已去世未销户', riskType: null, solution: '协助办理户口注销', category: 'E14' },
  ],
  Q02: [
    {
      description: '户主手机号已停用，联系不上',
      riskType: null,
      solution: '现场更新联系电话',
      category: 'E14',
    },
    {
      description: '银行卡信息有误，补贴未到账',
      riskType: null,
      solution: '协助到银行核对并更正',
      category: 'E06',
    },
  ],
  Q03: [
    {
      description: '房屋墙体开裂，雨季有安全隐患',
      riskType: 'housing',
      solution: '联系村里组织维修加固',
      category: 'E03',
      check: 'housing',
    },
    {
      description: '自来水管破损，饮水不稳定',
      riskType: 'water',
      solution: '村水管员现场维修',
      category: 'E05',
      check: 'water',
    },
    {
      description: '暴雨冲毁部分房屋和作物',
      riskType: 'disaster',
      solution: '发放临时救助物资',
      category: 'E15',
      check: 'housing',
    },
    {
      description: '老人独居，冬季衣被不足',
      riskType: null,
      solution: '送去棉被和冬衣',
      category: 'E06',
      check: 'clothes',
    },
  ],
  Q04: [
    {
      description: '家庭主要劳动力务工中断，收入明显下降',
      riskType: 'work',
      solution: '推荐到县内就业帮扶车间',
      category: 'E09',
    },
    {
      description: '缺少劳动力，收入低于监测标准',
      riskType: 'labour',
      solution: '申请公益性岗位',
      category: 'E06',
    },
  ],
  Q05: [
    {
      description: '易地搬迁后续扶持政策不清楚',
      riskType: null,
      solution: '现场讲解后续扶持政策',
      category: 'E14',
    },
  ],
  Q06: [
    {
      description: '孩子上高中学费负担重',
      riskType: 'schooling',
      solution: '协助申请助学金',
      category: 'E08',
    },
    {
      description: '留守儿童无人辅导，有辍学苗头',
      riskType: 'schooling',
      solution: '联系学校老师结对关爱',
      category: 'E08',
    },
  ],
  Q07: [
    {
      description: '家人患慢性病，自付医药费较多',
      riskType: 'illness',
      solution: '办理门诊慢特病待遇',
      category: 'E07',
    },
    {
      description: '家人重病住院，医疗费用负担重',
      riskType: 'illness',
      solution: '协助申请医疗救助',
      category: 'E06',
    },
    {
      description: '家人新增残疾，未办残疾证',
      riskType: 'disability',
      solution: '协助预约残疾评定',
      category: 'E12',
    },
    {
      description: '家庭成员未参加城乡居民医保',
      riskType: null,
      solution: '现场指导缴费参保',
      category: 'E07',
    },
    {
      description: '家人遭遇交通意外，暂时不能劳动',
      riskType: 'accident',
      solution: '协助申请临时救助',
      category: 'E06',
    },
  ],
  Q08: [
    {
      description: '养殖的生猪发生疫病，损失较大',
      riskType: 'industry',
      solution: '联系畜牧站上门诊治',
      category: 'E10',
    },
    {
      description: '芒果销售不畅，价格下跌',
      riskType: 'industry',
      solution: '对接合作社收购',
      category: 'E10',
    },
    { description: '外出务工被拖欠工资', riskType: 'work', solution: '联系人社部门协调', category: 'E09' },
  ],
  Q09: [
    {
      description: '帮扶人调整后农户不知道新帮扶人',
      riskType: null,
      solution: '告知新帮扶人及联系方式',
      category: 'E13',
    },
  ],
  Q10: [
    {
      description: '农户对脱贫和监测状态有疑问',
      riskType: null,
      solution: '现场解释监测政策',
      category: 'E06',
    },
  ],
};

/** Leaders' titles (十联六常), in order. */
export const LEADER_TITLES = [
  '县委书记',
  '县长',
  '县委副书记',
  '常务副县长',
  '县委组织部部长',
  '副县长',
  '县人大常委会副主任',
];
export const LEADER_SURNAMES = ['黄', '李', '韦', '陆', '农', '王', '张', '刘', '梁', '覃', '罗', '周'];
export const LEADER_GIVEN = [
  '建国',
  '志强',
  '海峰',
  '明华',
  '秀兰',
  '立新',
  '永红',
  '振宇',
  '丽萍',
  '国庆',
  '文斌',
  '春燕',
];

/** A contact's target, from the township it lies in. */
export const CONTACT_TARGETS: Record<string, (township: string) => string> = {
  school: (t) => `${t}中心小学`,
  clinic: (t) => `${t}卫生院`,
  enterprise: (t) => `${t}农产品加工有限公司`,
  social_org: (t) => `${t}志愿者协会`,
  cooperative: (t) => `${t}种养专业合作社`,
  professional: (t) => `${t}农技站农艺师`,
  deputy: (t) => `${t}县人大代表`,
  veteran: (t) => `${t}老党员`,
  entrepreneur: (t) => `${t}返乡创业青年`,
};

export const CONTACT_NOTES: Record<string, string[]> = {
  contact: ['电话了解近况', '微信沟通工作进展'],
  visit: ['实地走访，了解困难', '入户座谈'],
  help: ['协调解决资金困难', '帮助联系销路'],
  preach: ['宣讲防返贫监测政策', '宣讲乡村振兴政策'],
  guide: ['指导制定年度计划', '指导规范台账'],
  summarize: ['总结季度联系情况', '梳理问题清单'],
};

export const TOUR_THEMES = [
  '比学赶超看产业',
  '村级集体经济发展现场观摩',
  '防返贫监测帮扶工作交流',
  '人居环境整治互学互比',
  '基层党建示范点观摩',
];
