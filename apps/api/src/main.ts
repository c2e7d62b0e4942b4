import 'reflect-metadata';
import { loadEnvironment } from '@tashakkol/config';
import { exitCleanlyOnSignals } from '@tashakkol/shared';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const env = loadEnvironment();
  const app = await createApiApp();
  // SIGTERM/SIGINT: stop taking connections, answer the requests in flight, exit 0.
  exitCleanlyOnSignals(app, 'API');
  await app.listen({ port: env.PORT, host: env.HOST });
  console.log(`Tashakkol API listening on ${await app.getUrl()}/api/v1 (OpenAPI at /api/docs)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
