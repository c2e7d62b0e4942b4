import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@tashakkol/database';

const url = process.env.DATABASE_URL;
if (!url) {
  throw new Error('Invalid configuration: DATABASE_URL is required to run migrations');
}

/** The data source the TypeORM CLI and `npm run db:*` use. */
export default new DataSource(dataSourceOptions(url, 2));
