import type { EventSource } from '../server/modules/events/tables';

// What generated grid events say and how often each kind comes (CATALOGUES.md §5): village
// environment and infrastructure most, then disputes, safety, farming and questions; emergencies
// and complaints about cadres rarely.

export const CATEGORY_WEIGHTS: [string, number][] = [
  ['E01', 12],
  ['E02', 5],
  ['E03', 8],
  ['E04', 18],
  ['E05', 16],
  ['E06', 6],
  ['E07', 4],
  ['E08', 3],
  ['E09', 4],
  ['E10', 8],
  ['E11', 2],
  ['E12', 2],
  ['E13', 2],
  ['E14', 9],
  ['E15', 1],
];

export const SOURCES: [EventSource, number][] = [
  ['grid_worker', 50],
  ['villager', 40],
  ['staff', 6],
  ['service', 2],
  ['open311', 2],
];

export const EVENT_TEXTS: Record<string, string[]> = {
  E01: ['两户村民因宅基地边界发生争执，需调解', '邻里因排水沟堵塞引发纠纷', '家庭赡养老人问题产生矛盾'],
  E02: ['有村民接到疑似诈骗电话，已提醒', '村口夜间有陌生车辆多次停留', '发现有人在村内推销可疑理财产品'],
  E03: ['一处危房墙体出现裂缝，存在倒塌风险', '后山雨后有小规模滑坡迹象', '村民私拉电线，存在火灾隐患'],
  E04: ['村道旁垃圾堆积未清运', '河沟内有生活垃圾漂浮', '养殖场污水外流，气味较大'],
  E05: ['村口路灯坏了三盏，晚上看不清路', '自来水管破裂，部分农户停水', '机耕道被雨水冲断，车辆无法通行'],
  E06: ['脱贫户因病支出大，存在返贫风险', '独居老人生活困难，需要救助', '农户房屋受灾，生活暂时困难'],
  E07: ['有老人长期慢性病无人照看', '村卫生室药品不足', '发现多名村民出现类似症状'],
  E08: ['留守儿童长期未到校', '上学路段无安全防护', '学生反映校车接送时间不合理'],
  E09: ['村民外出务工被拖欠工资', '咨询城乡居民养老保险缴费', '返乡人员希望参加技能培训'],
  E10: ['稻田出现病虫害，需要技术指导', '承包地边界有争议', '生猪出现疑似疫病症状'],
  E11: ['小卖部出售过期食品', '流动摊贩售卖来源不明的肉类'],
  E12: ['残疾人证办理咨询', '残疾人两项补贴未按时到账'],
  E13: ['村务公开栏长期未更新', '村民反映低保评议不公开'],
  E14: ['咨询农村医保报销政策', '建议在村里增设文化活动场地', '咨询危房改造补助申请条件'],
  E15: ['暴雨导致河水上涨，部分农户被困', '山林起火，火势正在蔓延'],
};
