import { INestApplicationContext } from '@nestjs/common';
import { startApi, TestApi } from '../support/api';
import { closeTestDb, createAssociation } from '../support/fixtures';
import { seedTestIndicators } from '../support/kpi-scoring';
import { eventually, startWorker } from '../support/worker';

jest.setTimeout(60000);

describe('a board’s report, from draft to scores', () => {
  let api: TestApi;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker();
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await closeTestDb();
  });

  it('board drafts → submits → staff returns → board fixes → staff accepts → the worker’s scores appear', async () => {
    const codes = await seedTestIndicators();
    const assoc = await createAssociation(api, { phase: 'support_monitoring' });
    const other = await createAssociation(api, { phase: 'support_monitoring' });
    const staff = (await api.userWithRole('staff')).token;
    const board = (await api.userWithRole('board', assoc.id)).token;
    const otherBoard = (await api.userWithRole('board', other.id)).token;

    const targets = await api.put(
      `/associations/${assoc.id}/targets`,
      {
        targets: [
          { indicatorCode: codes.members, baseline: 100, target: 200 },
          { indicatorCode: codes.services, baseline: 1, target: 4 },
        ],
      },
      staff,
    );
    expect(targets.status).toBe(200);

    const draft = await api.post(
      `/associations/${assoc.id}/kpi-reports`,
      {
        period: '1404-Q3',
        values: [
          { indicatorCode: codes.members, value: 150 },
          { indicatorCode: codes.services, value: 1 },
        ],
      },
      board,
    );
    expect(draft.status).toBe(201);
    const id = draft.body.id;

    let r = await api.post(`/kpi-reports/${id}/submit`, {}, board);
    expect(r.status).toBe(200);
    r = await api.post(`/kpi-reports/${id}/return`, { comment: 'شواهد خدمات پیوست شود' }, staff);
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('returned');

    // The chamber comments and returns; it never writes the board's values (independence).
    const staffEdit = await api.patch(
      `/kpi-reports/${id}`,
      { version: r.body.version, values: [{ indicatorCode: codes.services, value: 4 }] },
      staff,
    );
    expect(staffEdit.status).toBe(403);

    const fixed = await api.patch(
      `/kpi-reports/${id}`,
      { version: r.body.version, values: [{ indicatorCode: codes.services, value: 3 }] },
      board,
    );
    expect(fixed.status).toBe(200);
    expect((await api.post(`/kpi-reports/${id}/submit`, {}, board)).status).toBe(200);

    expect((await api.get(`/associations/${assoc.id}/scores?period=1404-Q3`, staff)).status).toBe(404);
    const accepted = await api.post(`/kpi-reports/${id}/accept`, { comment: 'تایید شد' }, staff);
    expect(accepted.status).toBe(200);

    const scores = await eventually(async () => {
      const s = await api.get(`/associations/${assoc.id}/scores?period=1404-Q3`, board);
      return s.status === 200 ? s.body : undefined;
    });
    // members 150/200 = 75 % (weight 2), services 3/4 = 75 % (weight 1)
    expect(scores).toMatchObject({
      period: '1404-Q3',
      composite: 75,
      grade: 'B',
      axes: { members: 75, association: 75 },
    });
    expect(scores.indicators.find((i: any) => i.code === codes.services)).toMatchObject({
      value: 3,
      target: 4,
      achievement: 75,
    });

    expect((await api.get(`/associations/${assoc.id}/scores?period=1404-Q3`, otherBoard)).status).toBe(404);
  });
});
