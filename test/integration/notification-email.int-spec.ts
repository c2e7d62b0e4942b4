import { INestApplicationContext } from '@nestjs/common';
import { QueueName } from '@tashakkol/shared';
import { Queue } from 'bullmq';
import { startApi, TestApi } from '../support/api';
import { closeTestDb, createAssociation } from '../support/fixtures';
import { seedTestIndicators } from '../support/kpi-scoring';
import { PrivateDatabase } from '../support/private-database';
import { TestSmtpServer } from '../support/smtp-server';
import { eventually, startWorker } from '../support/worker';

jest.setTimeout(120000);

/** Set-up calls to other contexts (their own suites check those responses against the contract). */
function setup(api: TestApi) {
  const call = (method: string, path: string, body: unknown, token?: string) =>
    api.request(method, path, { token, body, unchecked: true });
  return {
    get: (path: string, token?: string) => call('GET', path, undefined, token),
    post: (path: string, body: unknown, token?: string) => call('POST', path, body, token),
    patch: (path: string, body: unknown, token?: string) => call('PATCH', path, body, token),
  };
}

/** E-mail of a notification through a real SMTP server: sent once, retried when refused, marked. */
describe('notification e-mail over SMTP', () => {
  let db: PrivateDatabase;
  let smtp: TestSmtpServer;
  let api: TestApi;
  let worker: INestApplicationContext;
  let queue: Queue;
  let codes: Awaited<ReturnType<typeof seedTestIndicators>>;
  let staff: string;
  const sharedDatabaseUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    // The e-mail relay polls the notifications of its database: this file's must be its own.
    db = await PrivateDatabase.create();
    process.env.DATABASE_URL = db.url;
    smtp = await TestSmtpServer.start();
    // … and so its queues: another file's worker must not take its jobs, nor its worker theirs.
    const prefix = `${process.env.QUEUE_PREFIX}-mail`;
    const env = {
      SMTP_URL: smtp.url,
      MAIL_RETRY_DELAY_MS: '200',
      MAIL_ATTEMPTS: '4',
      QUEUE_PREFIX: prefix,
    };
    api = await startApi(env);
    worker = await startWorker(env);
    queue = new Queue(QueueName.Notifications, {
      connection: { url: process.env.REDIS_URL },
      prefix,
    });
    codes = await seedTestIndicators();
    staff = (await api.userWithRole('staff')).token;
  });
  afterAll(async () => {
    await queue?.close();
    await worker?.close();
    await api?.close();
    await smtp?.stop();
    await closeTestDb();
    process.env.DATABASE_URL = sharedDatabaseUrl;
    await db?.drop();
  });

  /** A board user whose report the staff returns: the event that must reach that board. */
  async function returnedReportFor(period: string) {
    const assoc = await createAssociation(api, { phase: 'support_monitoring' });
    const board = await api.userWithRole('board', assoc.id);
    const draft = await setup(api).post(
      `/associations/${assoc.id}/kpi-reports`,
      { period, values: [{ indicatorCode: codes.members, value: 120 }] },
      board.token,
    );
    expect(draft.status).toBe(201);
    expect((await setup(api).post(`/kpi-reports/${draft.body.id}/submit`, {}, board.token)).status).toBe(200);
    return { board, assoc, reportId: draft.body.id as string };
  }

  async function returnIt(reportId: string) {
    const res = await setup(api).post(
      `/kpi-reports/${reportId}/return`,
      { comment: 'درآمد را با صورت مالی تطبیق دهید' },
      staff,
    );
    expect(res.status).toBe(200);
  }

  async function myNotification(token: string) {
    const res = await api.get('/notifications', token);
    expect(res.status).toBe(200);
    return res.body.items.find((n: { kind: string }) => n.kind === 'report_returned');
  }

  it('e-mails the board once, with the Persian subject, even when the job runs again', async () => {
    const { board, reportId } = await returnedReportFor('1404-Q3');
    await returnIt(reportId);

    const mail = await eventually(async () => smtp.to(board.email)[0]);
    expect(mail.subject).toBe('گزارش فصل سوم ۱۴۰۴ برای اصلاح برگشت داده شد');
    expect(mail.text).toContain('درآمد را با صورت مالی تطبیق دهید');
    const sent = await eventually(async () => {
      const n = await myNotification(board.token);
      return n?.email.status === 'sent' ? n : undefined;
    });
    expect(sent.email).toMatchObject({ status: 'sent', attempts: 1, error: null });

    // The same e-mail job again (a retry, a second worker): it finds the notification sent.
    const again = await queue.add(
      'notifications.send-email',
      { notificationId: sent.id },
      { jobId: `again-${sent.id}` },
    );
    await eventually(async () =>
      (await queue.getJobState(again.id as string)) === 'completed' ? true : undefined,
    );
    expect((await queue.getJob(again.id as string))?.returnvalue).toBe('not-due');
    expect(smtp.to(board.email)).toHaveLength(1);
    expect((await myNotification(board.token)).email.attempts).toBe(1);
  });

  it('retries a refused e-mail with backoff, records each attempt, and sends it once the server takes it', async () => {
    const { board, reportId } = await returnedReportFor('1404-Q2');
    smtp.refusals.set(board.email.toLowerCase(), 2);
    await returnIt(reportId);

    const mail = await eventually(async () => smtp.to(board.email)[0], 20000);
    expect(mail.subject).toContain('برگشت داده شد');
    expect(smtp.attempts.get(board.email.toLowerCase())).toBe(3);
    const n = await eventually(async () => {
      const x = await myNotification(board.token);
      return x?.email.status === 'sent' ? x : undefined;
    });
    expect(n.email).toMatchObject({ status: 'sent', attempts: 3, error: null });
    expect(smtp.to(board.email)).toHaveLength(1);
  });

  it('marks an e-mail failed, with the server’s reason, after its last attempt', async () => {
    const { board, reportId } = await returnedReportFor('1404-Q1');
    smtp.refusals.set(board.email.toLowerCase(), 99);
    await returnIt(reportId);

    const n = await eventually(async () => {
      const x = await myNotification(board.token);
      return x?.email.status === 'failed' && x.email.attempts === 4 ? x : undefined;
    }, 20000);
    expect(n.email.error).toMatch(/451/);
    expect(n.titleFa).toContain('برگشت داده شد');
    expect(smtp.to(board.email)).toHaveLength(0);
    // BullMQ marks the job failed just after the row: the admin sees it in GET /jobs and may retry it.
    const jobId = `notifications:email:${n.id}`;
    await eventually(async () => ((await queue.getJobState(jobId)) === 'failed' ? true : undefined));
  });
});
