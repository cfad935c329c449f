import { loadConfig } from '../src/server/platform/config';
import { startServices } from '../src/server/platform/services';

/** Opens the configured database (taking the PGlite lock) for a command-line tool. */
export const withServices = async <T>(
  work: (services: Awaited<ReturnType<typeof startServices>>) => Promise<T>,
) => {
  const services = await startServices(loadConfig());
  try {
    return await work(services);
  } finally {
    await services.database.close();
  }
};

export const runCli = (main: () => Promise<number | undefined>) =>
  main().then(
    (code) => process.exit(code ?? 0),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
