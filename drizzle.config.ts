import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // Every tables.ts of the modules and the platform (a test checks each module's is in its manifest).
  schema: './src/server/{modules/*,platform/*}/tables.ts',
  out: './drizzle',
});
