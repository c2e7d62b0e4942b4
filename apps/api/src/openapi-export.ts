import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'fs';
import { dirname } from 'path';
import { createApiApp } from './bootstrap';
import { buildOpenApiDocument } from './openapi';

/** Writes the OpenAPI document to the given file without touching PostgreSQL or Redis (Nest's preview mode). */
async function main(file: string): Promise<void> {
  const app = await createApiApp({ logger: false, preview: true });
  const document = buildOpenApiDocument(app);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  await app.close();
}

main(process.argv[2] ?? 'openapi.json').catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
