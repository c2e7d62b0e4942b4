// The real API, configured as in production (JSON logs at warn, all guards on).
import 'reflect-metadata';
import { Session } from 'inspector';
import { writeFileSync } from 'fs';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { answerCpuUsage } from '../support/bench-env';

createApiApp({ logger: false }).then(async (app) => {
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
  if (process.env.BENCH_CPU_PROFILE) profileOnRequest(process.env.BENCH_CPU_PROFILE);
  answerCpuUsage();
  process.send?.('ready');
});

/** BENCH_CPU_PROFILE=file: the run asks for a CPU profile of the measured load only (steady state). */
function profileOnRequest(file: string) {
  const session = new Session();
  session.connect();
  process.on('message', (message) => {
    if (message === 'profile-start')
      session.post('Profiler.enable', () =>
        session.post('Profiler.start', () => process.send?.('profiling')),
      );
    if (message === 'profile-stop')
      session.post('Profiler.stop', (err, result) => {
        if (!err) writeFileSync(file, JSON.stringify(result.profile));
        process.send?.('profiled');
      });
  });
}
