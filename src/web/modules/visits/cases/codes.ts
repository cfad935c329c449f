// The codes of the server's catalogues (visits/defaults.ts RISK_TYPES, MEASURE_KINDS); their names
// are in messages.ts.

export const RISK_CODES = [
  'illness',
  'disability',
  'schooling',
  'disaster',
  'accident',
  'industry',
  'work',
  'labour',
  'housing',
  'water',
  'other',
] as const;

export const MEASURE_CODES = [
  'industry',
  'employment',
  'health',
  'education',
  'housing',
  'water',
  'welfare',
  'credit',
  'public_job',
  'other',
] as const;
