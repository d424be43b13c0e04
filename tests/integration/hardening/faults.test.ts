// Issue 9, fault tests across flows, as a leader meets them through the API:
// (a) Azurite restarts while the leader autosaves the referat: the save in the gap is a clear 503
//     upstream-unavailable (the tab keeps the text and offers a retry), the retry after the restart lands
//     with nothing lost and nothing twice, and the server was never restarted;
// (c) Graph answers 503 and then hangs on the directory call behind GET /api/team: 503 upstream-unavailable
//     (not 500, not a request that never ends), and the team once Graph is back.
// (b) a server restart mid-job is proven where the jobs are: tests/integration/archive/archive-faults.test.ts
//     ("a server restart mid-job") and tests/integration/scheduling/round.test.ts ("after a crash half-way").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferatView } from '../../../src/app/open-referat';
import { errorText } from '../../../src/core/errors';
import { startHardeningStack, type HardeningStack } from './fixture';

let h: HardeningStack;
beforeAll(async () => {
  // persistent: a restarted Azurite finds its data again, as on a real disk; Graph gives up on a try after 500 ms
  h = await startHardeningStack({ persistent: true, graphTimeoutMs: 500 });
});
afterAll(() => h?.stop());

type Failure = { error: { code: string; message: string } };

describe('Azurite restarts while a leader writes the referat', () => {
  it('answers the save in the gap with upstream-unavailable; the retry after the restart keeps everything, once', async () => {
    const { leader, reports } = h.leaderWithReports(2);
    const id = await h.bookAnnual(leader.id, reports[0]!.id);
    const path = `/conversations/${id}/referat`;
    const opened = await h.call<ReferatView>(leader.id, 'GET', path);
    expect(opened.status).toBe(200);
    const [first, second] = opened.body.referat.sections;
    const saved = await h.call<ReferatView>(
      leader.id,
      'PATCH',
      path,
      { type: 'section', sectionId: first!.sectionId, agreedText: 'Målene for i år er nådd.' },
      { 'if-match': opened.body.etag },
    );
    expect(saved.status).toBe(200);

    await h.stack.storage.stop();
    const action = {
      id: 'a1',
      what: 'Kurs i veiledning',
      responsibleId: reports[0]!.id,
      responsibleName: reports[0]!.displayName,
      deadline: '2027-03-01',
      sharedNeed: false,
    };
    const inGap = await h.call<Failure>(
      leader.id,
      'PATCH',
      path,
      { type: 'add-action', action },
      { 'if-match': saved.body.etag, 'accept-language': 'nb' },
    );
    expect(inGap.status).toBe(503);
    expect(inGap.body).toEqual({
      error: { code: 'upstream-unavailable', message: errorText('upstream-unavailable', 'nb') },
    });
    // the rest of the product stays up meanwhile: health, and what needs no storage
    expect((await fetch(`${h.stack.url}/healthz`)).status).toBe(200);

    await h.stack.storage.start();
    // the tab sends the queued change again on the version it had (useReferat)
    const retried = await h.call<ReferatView>(
      leader.id,
      'PATCH',
      path,
      { type: 'add-action', action },
      { 'if-match': saved.body.etag },
    );
    expect(retried.status).toBe(200);
    const second2 = await h.call<ReferatView>(
      leader.id,
      'PATCH',
      path,
      { type: 'section', sectionId: second!.sectionId, agreedText: 'Trives i teamet.' },
      { 'if-match': retried.body.etag },
    );
    expect(second2.status).toBe(200);

    const now = (await h.call<ReferatView>(leader.id, 'GET', path)).body.referat;
    expect(now.sections[0]!.agreedText).toBe('Målene for i år er nådd.'); // saved before the restart
    expect(now.sections[1]!.agreedText).toBe('Trives i teamet.');
    expect(now.actions.filter((a) => a.id === 'a1')).toHaveLength(1);
  }, 90_000); // two Azurite starts and the store's retries: room for a slow machine, nothing timed

  it('a save sent while Azurite is coming back either lands or says so, and never lands twice', async () => {
    const { leader, reports } = h.leaderWithReports(2);
    const id = await h.bookAnnual(leader.id, reports[1]!.id);
    const path = `/conversations/${id}/referat`;
    const opened = (await h.call<ReferatView>(leader.id, 'GET', path)).body;
    const action = {
      id: 'b1',
      what: 'Hospitering på legevakten',
      responsibleId: reports[1]!.id,
      responsibleName: reports[1]!.displayName,
      deadline: '2027-04-01',
      sharedNeed: true,
    };
    await h.stack.storage.stop();
    const pending = h.call(
      leader.id,
      'PATCH',
      path,
      { type: 'add-action', action },
      { 'if-match': opened.etag },
    );
    await h.stack.storage.start();
    const answer = await pending;
    expect([200, 503]).toContain(answer.status);
    if (answer.status === 503) {
      // as the tab does: send it again; if the first one had landed after all, 409 then re-read and update
      const again = await h.call(
        leader.id,
        'PATCH',
        path,
        { type: 'add-action', action },
        { 'if-match': opened.etag },
      );
      if (again.status === 409) {
        const fresh = (await h.call<ReferatView>(leader.id, 'GET', path)).body;
        const update = { type: 'update-action', action };
        const updated = await h.call(leader.id, 'PATCH', path, update, { 'if-match': fresh.etag });
        expect(updated.status).toBe(200);
      } else expect(again.status).toBe(200);
    }
    const final = (await h.call<ReferatView>(leader.id, 'GET', path)).body.referat;
    expect(final.actions.filter((a) => a.id === 'b1')).toHaveLength(1);
  }, 90_000);
});

describe('Graph fails behind the team overview', () => {
  it('503 then a hanging directReports: 503 upstream-unavailable, not 500; the team once Graph is back', async () => {
    const { leader, reports } = h.leaderWithReports(2);
    const faults = h.stack.graph.faults;
    faults.inject({ path: /directReports/, status: 503, retryAfterSeconds: 0 });
    faults.inject({ path: /directReports/, delayMs: 60_000 });
    const failed = await h.call<Failure>(leader.id, 'GET', '/team', undefined, { 'accept-language': 'en' });
    expect(failed.status).toBe(503);
    expect(failed.body).toEqual({
      error: { code: 'upstream-unavailable', message: errorText('upstream-unavailable', 'en') },
    });
    expect(faults.hits()).toBeGreaterThanOrEqual(2); // the 503 was retried, the retry hung
    faults.clear();

    const team = await h.call<{ members: { id: string }[] }>(leader.id, 'GET', '/team');
    expect(team.status).toBe(200);
    expect(team.body.members.map((m) => m.id).sort()).toEqual(reports.map((r) => r.id).sort());
  });
});
