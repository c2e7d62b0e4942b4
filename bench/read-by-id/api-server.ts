// The real API, configured as in production (JSON logs at warn, all guards on).
import 'reflect-metadata';
import { createApiApp } from '../../apps/api/src/bootstrap';

createApiApp({ logger: false }).then(async (app) => {
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
  process.send?.('ready');
});
