// Every table of every module, for Drizzle's typed queries and for drizzle-kit's migrations.
export * from './modules/regions/tables';
export * from './platform/audit/tables';
export * from './platform/auth/tables';
