// The audit name of what the synthetic-data generator writes for this module (src/generator/visits.ts,
// npm run gen -- --visits and the demo seed): one summary row per county. The module's manifest
// lists it among its audit actions.

export const VISITS_GENERATOR_AUDIT = {
  'generator.visits': {
    zh: '生成合成走访与防返贫监测数据',
    en: 'Generate synthetic visits and monitoring data',
  },
} as const;
