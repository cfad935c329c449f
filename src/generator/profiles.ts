// What a county's population looks like, for the synthetic-data generator (issue 5). Figures are
// plausible approximations for the counties of the source documents (DOMAIN.md), not statistics
// to quote: ethnic mix and surnames by group, household sizes, poverty shares.

export type SurnamePool = readonly (readonly [string, number])[];

// Surname pools with rough relative frequencies per ethnic group.
export const SURNAMES: Record<string, SurnamePool> = {
  han: [
    ['王', 71],
    ['李', 69],
    ['张', 64],
    ['刘', 54],
    ['陈', 45],
    ['杨', 31],
    ['黄', 24],
    ['赵', 22],
    ['吴', 21],
    ['周', 20],
    ['徐', 17],
    ['孙', 15],
    ['马', 15],
    ['朱', 14],
    ['胡', 13],
    ['郭', 12],
    ['何', 12],
    ['林', 11],
    ['罗', 11],
    ['高', 11],
    ['郑', 10],
    ['梁', 10],
    ['谢', 8],
    ['宋', 8],
    ['唐', 8],
    ['许', 7],
    ['韩', 7],
    ['邓', 7],
    ['冯', 7],
    ['曹', 7],
    ['彭', 6],
    ['曾', 6],
    ['肖', 6],
    ['田', 6],
    ['董', 5],
    ['潘', 5],
    ['袁', 5],
    ['蔡', 5],
    ['蒋', 5],
    ['余', 5],
  ],
  zhuang: [
    ['黄', 60],
    ['韦', 50],
    ['陆', 30],
    ['农', 28],
    ['覃', 26],
    ['梁', 22],
    ['莫', 20],
    ['蒙', 18],
    ['罗', 18],
    ['李', 16],
    ['潘', 12],
    ['黎', 10],
    ['卢', 10],
    ['岑', 9],
    ['凌', 8],
    ['班', 8],
    ['谭', 7],
    ['廖', 7],
    ['吴', 6],
    ['周', 6],
  ],
  miao: [
    ['杨', 40],
    ['吴', 35],
    ['龙', 30],
    ['张', 22],
    ['王', 18],
    ['潘', 16],
    ['石', 15],
    ['刘', 12],
    ['李', 12],
    ['邰', 10],
    ['欧', 8],
    ['唐', 8],
    ['陈', 8],
    ['罗', 7],
    ['万', 6],
    ['文', 6],
    ['姜', 5],
    ['宋', 5],
    ['麻', 4],
    ['田', 4],
  ],
  dong: [
    ['吴', 45],
    ['杨', 40],
    ['石', 25],
    ['龙', 20],
    ['粟', 12],
    ['姚', 10],
    ['陆', 10],
    ['欧', 8],
    ['胡', 8],
    ['潘', 8],
    ['王', 7],
    ['林', 6],
    ['张', 6],
    ['梁', 5],
    ['贾', 4],
  ],
  yao: [
    ['赵', 30],
    ['盘', 25],
    ['邓', 20],
    ['李', 15],
    ['冯', 12],
    ['黄', 10],
    ['蒋', 8],
    ['郑', 6],
    ['唐', 5],
    ['罗', 5],
  ],
  hui: [
    ['马', 60],
    ['杨', 20],
    ['李', 15],
    ['王', 12],
    ['丁', 10],
    ['白', 8],
    ['张', 8],
    ['海', 5],
    ['沙', 4],
    ['穆', 3],
  ],
};

// Given-name characters; names are one or two of them.
export const GIVEN = {
  male: '伟 强 军 勇 杰 涛 明 超 华 刚 平 辉 鹏 峰 磊 志 海 文 永 建 国 林 斌 波 宇 浩 俊 凯 东 龙 成 福 贵 荣 生 才 德 顺 光 春'.split(
    ' ',
  ),
  female:
    '芳 娟 敏 静 丽 艳 娜 霞 秀 英 梅 兰 玲 燕 红 凤 萍 莲 琴 云 花 珍 莉 婷 雪 洁 慧 琳 月 桂 香 菊 美 华 春 玉 彩 翠 妹 娥'.split(
      ' ',
    ),
};

export interface EthnicShare {
  /** GB 3304 code. */
  code: string;
  surnames: keyof typeof SURNAMES;
  share: number;
}

export interface CountyProfile {
  countyCode: string;
  name: string;
  ethnicities: EthnicShare[];
  /** Weights of household sizes 1..7. */
  householdSizes: number[];
  /** Shares of 脱贫户 and 监测户; the rest are 一般户. */
  escapedShare: number;
  monitoredShare: number;
  relocatedShare: number;
  /** Share of households with members working away (drives left-behind members). */
  migrantShare: number;
  /** Households per village on average (田东: ~110k households in ~170 villages). */
  householdsPerVillage: number;
  /** Income per person per year in yuan, by poverty status: [mean, sd]. */
  income: Record<'escaped' | 'monitored' | 'general', [number, number]>;
}

const RURAL_SIZES = [10, 18, 20, 22, 16, 9, 5];

const base = {
  householdsPerVillage: 500,
  householdSizes: RURAL_SIZES,
  escapedShare: 0.2,
  monitoredShare: 0.025,
  relocatedShare: 0.06,
  migrantShare: 0.35,
  income: {
    escaped: [13_500, 2_500],
    monitored: [8_500, 1_500],
    general: [19_000, 5_000],
  } as CountyProfile['income'],
};

export const PROFILES: Record<string, CountyProfile> = {
  '451022': {
    ...base,
    countyCode: '451022',
    name: '田东县',
    householdsPerVillage: 636,
    ethnicities: [
      { code: '08', surnames: 'zhuang', share: 0.82 },
      { code: '01', surnames: 'han', share: 0.16 },
      { code: '13', surnames: 'yao', share: 0.02 },
    ],
  },
  '451027': {
    ...base,
    countyCode: '451027',
    name: '凌云县',
    escapedShare: 0.28,
    ethnicities: [
      { code: '08', surnames: 'zhuang', share: 0.6 },
      { code: '01', surnames: 'han', share: 0.22 },
      { code: '13', surnames: 'yao', share: 0.18 },
    ],
  },
  '522630': {
    ...base,
    countyCode: '522630',
    name: '台江县',
    escapedShare: 0.3,
    ethnicities: [
      { code: '06', surnames: 'miao', share: 0.97 },
      { code: '01', surnames: 'han', share: 0.03 },
    ],
  },
  '620423': {
    ...base,
    countyCode: '620423',
    name: '景泰县',
    escapedShare: 0.12,
    migrantShare: 0.3,
    ethnicities: [
      { code: '01', surnames: 'han', share: 0.985 },
      { code: '03', surnames: 'hui', share: 0.015 },
    ],
  },
};

/** 黔东南 (5226) counties: 苗 and 侗 with Han; the mix shifts between east (侗) and west (苗). */
export const qiandongnanProfile = (countyCode: string, name: string, dongShare: number): CountyProfile => ({
  ...base,
  countyCode,
  name,
  // ~1M households in ~2,400 villages.
  householdsPerVillage: 420,
  escapedShare: 0.26,
  ethnicities: [
    { code: '06', surnames: 'miao', share: 0.75 - dongShare },
    { code: '12', surnames: 'dong', share: dongShare },
    { code: '01', surnames: 'han', share: 0.25 },
  ],
});

/** The profile of any county: a known one, or a Han-majority default. */
export const profileFor = (countyCode: string, name = countyCode): CountyProfile =>
  PROFILES[countyCode] ??
  (countyCode.startsWith('5226')
    ? qiandongnanProfile(countyCode, name, (Number(countyCode.slice(4)) % 7) / 15)
    : { ...base, countyCode, name, ethnicities: [{ code: '01', surnames: 'han', share: 1 }] });
