import type { TimeLimit } from './tables';

// 服务清单 (CATALOGUES.md §6): the 17 default items of a county's convenience service list, with
// their five fixes (五定). What the catalogue leaves open is filled in as it suggests: the window
// of the village party-mass service centre (township centre for township items, home visits for
// the elderly and disabled), one named agent (代办员) per village, weekdays 9:00–12:00 and
// 14:30–17:30. The event category a request becomes is our choice (docs/events.md, 服务清单).

export interface DefaultServiceItem {
  domain: string;
  name: string;
  /** V 村内办结, V→T 村代办乡镇办理, V→bank 村代办银行办理. */
  intake: 'V' | 'V→T' | 'V→bank';
  limit?: TimeLimit;
  note?: string;
  category: string;
  /** The township counterpart of the domain (定员). */
  counterpart: string;
  /** 定标: conditions and papers. */
  guide: string;
}

const wd = (amount: number): TimeLimit => ({ amount, unit: 'wd' });

export const DEFAULT_SERVICE_ITEMS: DefaultServiceItem[] = [
  {
    domain: '社会保障',
    name: '城乡居民养老保险参保登记',
    intake: 'V→T',
    limit: wd(5),
    category: 'E09',
    counterpart: '乡镇社保所',
    guide: '年满 16 周岁、未参加职工养老保险的城乡居民；带身份证、户口簿',
  },
  {
    domain: '社会保障',
    name: '待遇领取资格认证',
    intake: 'V',
    note: '当场办结',
    category: 'E09',
    counterpart: '乡镇社保所',
    guide: '领取养老金的人员每年认证一次；带身份证，可由代办员上门刷脸认证',
  },
  {
    domain: '社会保障',
    name: '就业登记、培训报名',
    intake: 'V→T',
    limit: wd(5),
    category: 'E09',
    counterpart: '乡镇劳动保障站',
    guide: '劳动年龄内有就业或培训意愿的居民；带身份证，说明想做的工种',
  },
  {
    domain: '医疗保障',
    name: '城乡居民医保参保缴费',
    intake: 'V',
    note: '当场办结',
    category: 'E09',
    counterpart: '乡镇医保工作站',
    guide: '未参加职工医保的城乡居民；带身份证或户口簿，按当年标准缴费',
  },
  {
    domain: '医疗保障',
    name: '医疗救助',
    intake: 'V→T',
    limit: wd(15),
    category: 'E06',
    counterpart: '乡镇民政办',
    guide: '低保、特困、防返贫监测对象等自付医疗费用较高的；带身份证、户口簿、住院发票和费用清单',
  },
  {
    domain: '民政',
    name: '最低生活保障',
    intake: 'V→T',
    note: '村级公示≥7天，乡镇审核≤15个工作日',
    category: 'E06',
    counterpart: '乡镇民政办',
    guide: '家庭人均收入低于当地低保标准的；带全家身份证、户口簿、收入和财产情况说明，同意家庭经济状况核查',
  },
  {
    domain: '民政',
    name: '特困供养、临时救助',
    intake: 'V→T',
    limit: wd(15),
    note: '村级受理后 15 个工作日内转报',
    category: 'E06',
    counterpart: '乡镇民政办',
    guide:
      '无劳动能力、无生活来源、无赡养人的老年人、残疾人、未成年人，或突遭变故生活困难的；带身份证、户口簿、困难情况说明',
  },
  {
    domain: '民政',
    name: '高龄津贴、老年人优待证',
    intake: 'V→T',
    note: '优待证当场办理；高龄津贴审核后按月发放',
    category: 'E06',
    counterpart: '乡镇民政办',
    guide: '80 周岁以上申领高龄津贴，60 周岁以上办理优待证；带身份证、一寸照片、银行卡',
  },
  {
    domain: '卫生健康',
    name: '家庭医生签约、生育登记',
    intake: 'V',
    limit: wd(3),
    category: 'E07',
    counterpart: '乡镇卫生院',
    guide: '全体居民可签约家庭医生；生育登记带夫妻双方身份证、户口簿、结婚证',
  },
  {
    domain: '残疾人服务',
    name: '残疾人证、两项补贴',
    intake: 'V→T',
    limit: wd(15),
    category: 'E12',
    counterpart: '乡镇残联专职委员',
    guide: '持证或申请评定的残疾人；带身份证、户口簿、两寸照片，补贴需低保或重度残疾条件',
  },
  {
    domain: '农业农村',
    name: '耕地地力、农机购置补贴',
    intake: 'V→T',
    note: '按季节申报，以当年通知为准',
    category: 'E10',
    counterpart: '乡镇农业服务中心',
    guide: '承包耕地的农户、购买目录内农机的农户；带身份证、一卡通、承包合同或购机发票',
  },
  {
    domain: '农业农村',
    name: '土地流转备案、宅基地申请',
    intake: 'V→T',
    limit: wd(20),
    category: 'E10',
    counterpart: '乡镇农业服务中心、自然资源所',
    guide: '流转合同双方或符合一户一宅条件的农户；带身份证、户口簿、流转合同或建房申请',
  },
  {
    domain: '农业农村',
    name: '防返贫申报',
    intake: 'V',
    note: '按防返贫动态监测程序办理',
    category: 'E06',
    counterpart: '乡镇乡村振兴办',
    guide: '因病、因灾、因意外等收入骤减或支出骤增的农户；说明困难情况即可，村里上门核实',
  },
  {
    domain: '教育',
    name: '学生资助、控辍保学',
    intake: 'V→T',
    note: '按学期申报',
    category: 'E08',
    counterpart: '乡镇中心校',
    guide: '家庭经济困难学生（雨露计划等），或发现适龄儿童少年未入学、辍学的；带学生身份证或户口簿、学籍证明',
  },
  {
    domain: '金融服务',
    name: '小额信贷、金融服务点',
    intake: 'V→bank',
    limit: wd(7),
    category: 'E14',
    counterpart: '合作银行客户经理',
    guide: '有发展产业意愿、信用良好的农户；带身份证、户口簿，说明用途和金额',
  },
  {
    domain: '法律服务',
    name: '法律援助咨询、人民调解',
    intake: 'V',
    note: '人民调解在村内办结',
    category: 'E01',
    counterpart: '乡镇司法所',
    guide: '有法律问题或纠纷的居民；说明事情经过，带相关材料',
  },
  {
    domain: '退役军人',
    name: '优抚初审',
    intake: 'V→T',
    limit: wd(15),
    category: 'E14',
    counterpart: '乡镇退役军人服务站',
    guide: '退役军人、烈属等优抚对象；带身份证、户口簿、退役证或相关证明',
  },
];

export const PLACE: Record<DefaultServiceItem['intake'], string> = {
  V: '村党群服务中心便民服务窗口；行动不便的老年人、残疾人可预约上门',
  'V→T': '村党群服务中心便民服务窗口受理（代办），乡镇党群服务中心办理；行动不便的可预约上门',
  'V→bank': '村党群服务中心便民服务窗口（金融服务点）受理，合作银行办理',
};
export const HOURS = '工作日 9:00–12:00、14:30–17:30；紧急事项随时联系代办员';
export const STANDARD_TAIL = '首问负责、限时办结，不收任何费用。';
