import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadEnvironment } from '@tashakkol/config';
import { exitCleanlyOnSignals } from '@tashakkol/shared';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  loadEnvironment();
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // SIGTERM/SIGINT close the BullMQ workers, which wait for the jobs in flight to finish; then exit 0.
  exitCleanlyOnSignals(app, 'worker');
  console.log('Tashakkol worker started');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
