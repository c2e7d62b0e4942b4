/**
 * SIGTERM/SIGINT close the application (the BullMQ workers wait for their active jobs, Fastify
 * answers the requests it has) and then exit 0. Nest's own shutdown hooks raise the signal again
 * after closing, so a supervisor saw "killed by SIGTERM" (exit 143) even after a clean stop.
 */
export function exitCleanlyOnSignals(
  app: { close(): Promise<void> },
  name: string,
  signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'],
): void {
  let closing = false;
  for (const signal of signals) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      console.log(`Tashakkol ${name}: ${signal}, finishing the work in flight`);
      app.close().then(
        () => process.exit(0),
        (err: unknown) => {
          console.error(
            `Tashakkol ${name}: stopping failed: ${err instanceof Error ? err.message : String(err)}`,
          );
          process.exit(1);
        },
      );
    });
  }
}
