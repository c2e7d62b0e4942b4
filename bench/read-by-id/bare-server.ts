// The yardstick: a bare Fastify + pg handler that runs the same read by primary key, with no auth.
import Fastify from 'fastify';
import { Pool } from 'pg';
import { answerCpuUsage } from '../support/bench-env';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const sql = process.env.BENCH_SQL as string;
const app = Fastify({ logger: false });
app.get<{ Params: { id: string } }>('/item/:id', async (req, reply) => {
  const { rows } = await pool.query(sql, [req.params.id]);
  if (rows.length === 0) return reply.status(404).send({ statusCode: 404 });
  return rows[0];
});
app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' }).then(() => {
  answerCpuUsage();
  process.send?.('ready');
});
