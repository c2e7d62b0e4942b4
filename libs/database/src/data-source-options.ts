import { join } from 'path';
import { DataSourceOptions } from 'typeorm';

const root = join(__dirname, '..', '..', '..');

/** One description of the database used by the API, the worker and the migration CLI. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    migrationsTableName: 'typeorm_migrations',
    entities: [join(root, 'libs/*/src/**/*.entity.{ts,js}')],
    migrations: [join(root, 'db/migrations/*.{ts,js}')],
    extra: { max: poolSize, application_name: 'tashakkol' },
    logging: false,
  };
}
