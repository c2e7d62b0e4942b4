import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every write to `kpi_outbox` wakes the relay at once (NOTIFY is delivered on commit), so an
 * accepted report reaches the queue without waiting for the relay's next poll; the poll stays as
 * the fallback for notifications lost while the relay's connection was down.
 */
export class KpiOutboxNotify1797000000000 implements MigrationInterface {
  name = 'KpiOutboxNotify1797000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION kpi_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('kpi_outbox', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER kpi_outbox_notify AFTER INSERT ON kpi_outbox
      FOR EACH STATEMENT EXECUTE FUNCTION kpi_outbox_notify()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER kpi_outbox_notify ON kpi_outbox`);
    await queryRunner.query(`DROP FUNCTION kpi_outbox_notify()`);
  }
}
