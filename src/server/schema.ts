// Every table of every module, for Drizzle's typed queries and for drizzle-kit's migrations.
export * from './modules/cadres/tables';
export * from './modules/grids/tables';
export * from './modules/households/tables';
export * from './modules/members/tables';
export * from './modules/org/tables';
export * from './modules/points/tables';
export * from './modules/regions/tables';
export * from './modules/talents/tables';
export * from './platform/attachments/tables';
export * from './platform/audit/tables';
export * from './platform/auth/tables';
export * from './platform/excel/tables';
export * from './platform/workflow/tables';
