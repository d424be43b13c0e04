// The SharePoint personnel archive adapter against the Graph emulator: the same client and code as in
// production. Each test files for its own employee, so the tests share one library without meeting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/adapters/graph/client';
import { createSharePointArchive } from '../../src/adapters/graph/sharepoint-archive';
import { demoArchive, emulatorToken, startGraphEmulator } from '../../src/demo/graph-emulator';
import type { GraphEmulator } from '../../src/demo/graph-emulator';
import type { ArchiveDocument, PersonnelArchive } from '../../src/ports/personnel-archive';
import { validateAgainstCsdl } from '../contract/csdl';
import { checkExchange, createGraphRecorder } from '../contract/recorder';
import { smallMunicipality } from '../contract/small-municipality';
import { createLibraryReader } from './fixtures/library-reader';
import type { LibraryReader } from './fixtures/library-reader';

const municipality = smallMunicipality();
const { driveId, siteId } = demoArchive(municipality);
const recorder = createGraphRecorder();
let emulator: GraphEmulator;
let archive: PersonnelArchive;
let library: LibraryReader;

beforeAll(async () => {
  emulator = await startGraphEmulator({ municipality, onExchange: recorder.record });
  const token = emulatorToken({ idtyp: 'app' });
  const client = createGraphClient({ baseUrl: emulator.url, getToken: async () => token });
  archive = createSharePointArchive({ client, driveId });
  library = createLibraryReader(emulator.url, driveId, token);
});
afterAll(() => emulator.stop());

const keepAll = { retentionLabel: null, replacePrevious: false };

function employee(n: number, displayName = `Navn${n} Etternavn${n}`) {
  return {
    id: `00000000-0000-4000-8000-0000000${String(n).padStart(5, '0')}`,
    employeeNumber: `${n}`,
    displayName,
  };
}

function referat(over: Partial<ArchiveDocument> & Pick<ArchiveDocument, 'employee'>): ArchiveDocument {
  const date = over.date ?? '2026-11-30';
  return {
    conversationId: `conv-${over.employee.employeeNumber}-${date}`,
    kind: 'annual',
    date,
    fileName: `${date} Medarbeidersamtale.pdf`,
    content: new TextEncoder().encode(`%PDF-1.7 referat ${date}`),
    contentType: 'application/pdf',
    ...over,
  };
}

describe('SharePoint personnel archive on the emulator', () => {
  it('files into "<nr> <name>/<kind>/<year>/<file>" with the content and fields intact', async () => {
    const doc = referat({ employee: employee(10025, 'Ingvild Olsen') });
    const filed = await archive.file(doc, keepAll);
    expect(filed).toMatchObject({
      name: '2026-11-30 Medarbeidersamtale.pdf',
      folderPath: '10025 Ingvild Olsen/Medarbeidersamtale/2026',
    });
    expect(filed.webUrl).toBe(
      'https://testvik.sharepoint.example/sites/personal/Personalmapper/10025%20Ingvild%20Olsen/Medarbeidersamtale/2026/2026-11-30%20Medarbeidersamtale.pdf',
    );
    expect(await library.filesIn('10025 Ingvild Olsen/Medarbeidersamtale/2026')).toEqual([filed.name]);
    expect(await library.content(filed.itemId)).toBe('%PDF-1.7 referat 2026-11-30');
    // 002: the site columns say what the file is, without opening it
    expect(await library.fields(filed.itemId)).toMatchObject({
      SamtaleConversationId: doc.conversationId,
      SamtaleKind: 'Medarbeidersamtale',
      SamtaleDate: '2026-11-30',
      SamtaleEmployeeId: doc.employee.id,
    });
  });

  it('keeps æøå and replaces what SharePoint forbids in names', async () => {
    const doc = referat({
      employee: employee(10031, ' Åse "Bø" Ødegård-Kværnø. '),
      kind: 'probation-followup',
      fileName: '2026-04-27 Oppfølging: 4 uker?.pdf',
    });
    const filed = await archive.file(doc, keepAll);
    expect(filed.folderPath).toBe('10031 Åse -Bø- Ødegård-Kværnø/Oppfølging i prøvetid/2026');
    expect(filed.name).toBe('2026-04-27 Oppfølging- 4 uker-.pdf');
  });

  it('filing the same conversation twice leaves one file, with the second content', async () => {
    const person = employee(10040);
    await archive.file(referat({ employee: person }), keepAll);
    const again = referat({ employee: person, content: new TextEncoder().encode('%PDF-1.7 v2') });
    const filed = await archive.file(again, keepAll);
    expect(await library.filesIn(filed.folderPath)).toEqual(['2026-11-30 Medarbeidersamtale.pdf']);
    expect(await library.content(filed.itemId)).toBe('%PDF-1.7 v2');
  });

  it('two conversations with the same file name on one day keep both files', async () => {
    const person = employee(10041);
    const first = referat({ employee: person, kind: 'probation-followup', conversationId: 'abcdef12-first' });
    const second = { ...first, conversationId: 'fedcba98-second' };
    await archive.file(first, keepAll);
    const filed = await archive.file(second, keepAll);
    expect((await library.filesIn(filed.folderPath)).sort()).toEqual([
      '2026-11-30 Medarbeidersamtale (fedcba98).pdf',
      '2026-11-30 Medarbeidersamtale.pdf',
    ]);
  });

  it('a renamed employee (marriage) keeps the one folder', async () => {
    const before = employee(10052, 'Kari Nordmann');
    await archive.file(referat({ employee: before, date: '2025-11-20' }), keepAll);
    const after = { ...before, displayName: 'Kari Nordmann Berg' };
    const filed = await archive.file(referat({ employee: after, date: '2026-11-19' }), keepAll);
    expect(filed.folderPath).toBe('10052 Kari Nordmann/Medarbeidersamtale/2026');
    expect((await library.filesIn('')).filter((name) => name.startsWith('10052 '))).toEqual([
      '10052 Kari Nordmann',
    ]);
  });

  it('adopts a folder HR made by hand, found by the employee number', async () => {
    const person = employee(10053, 'Per Hansen');
    await library.createFolder('', '10053 Per Hansen (fra papirarkiv)');
    const filed = await archive.file(referat({ employee: person }), keepAll);
    expect(filed.folderPath).toBe('10053 Per Hansen (fra papirarkiv)/Medarbeidersamtale/2026');
    expect(await archive.find(person.id, 'conv-10053-2026-11-30')).toEqual(filed);
  });

  it('replace previous (002) removes our older plan of that kind only', async () => {
    const person = employee(10060);
    const old = await archive.file(referat({ employee: person, date: '2025-11-03' }), keepAll);
    const probation = await archive.file(
      referat({ employee: person, kind: 'start', date: '2025-01-06' }),
      keepAll,
    );
    const byHr = await library.upload(old.folderPath, 'Notat fra HR.pdf');
    const filed = await archive.file(referat({ employee: person, date: '2026-11-02' }), {
      retentionLabel: null,
      replacePrevious: true,
    });
    expect(await library.exists(old.itemId)).toBe(false);
    expect(await library.exists(probation.itemId)).toBe(true);
    expect(await library.exists(byHr)).toBe(true); // not ours: no SamtaleConversationId
    expect(await library.exists(filed.itemId)).toBe(true);
  });

  it('applies the retention label when one is configured, and none otherwise', async () => {
    const person = employee(10070);
    const labelled = await archive.file(referat({ employee: person }), {
      retentionLabel: 'Personalmappe 10 år',
      replacePrevious: false,
    });
    expect(await library.retentionLabel(labelled.itemId)).toBe('Personalmappe 10 år');
    const plain = await archive.file(referat({ employee: person, kind: 'exit' }), keepAll);
    expect(await library.retentionLabel(plain.itemId)).toBeNull();
  });

  it('find() returns the filed document, and null for what is not there', async () => {
    const person = employee(10080);
    const filed = await archive.file(
      referat({ employee: person, kind: 'start', date: '2026-01-05' }),
      keepAll,
    );
    expect(await archive.find(person.id, 'conv-10080-2026-01-05')).toEqual(filed);
    expect(await archive.find(person.id, 'conv-none')).toBeNull();
    expect(await archive.find('00000000-0000-4000-8000-00000000dead', 'conv-10080-2026-01-05')).toBeNull();
  });

  it('429 with Retry-After and 503 on the upload are retried by the client and end in one file', async () => {
    const hitsBefore = emulator.faults.hits();
    emulator.faults.inject({ method: 'PUT', path: /:\/content/, status: 429, retryAfterSeconds: 1 });
    emulator.faults.inject({ method: 'PUT', path: /:\/content/, status: 503, retryAfterSeconds: 0 });
    const filed = await archive.file(referat({ employee: employee(10090) }), keepAll);
    expect(emulator.faults.hits() - hitsBefore).toBe(2);
    expect(await library.filesIn(filed.folderPath)).toEqual([filed.name]);
  });

  it('two instances filing for a new employee at once end in one folder (409 is "exists")', async () => {
    const person = employee(10100);
    const [a, b] = await Promise.all([
      archive.file(referat({ employee: person, date: '2026-03-02' }), keepAll),
      archive.file(referat({ employee: person, date: '2026-03-09' }), keepAll),
    ]);
    expect(a.folderPath).toBe(b.folderPath);
    expect((await library.filesIn('')).filter((name) => name.startsWith('10100 '))).toHaveLength(1);
    expect((await library.filesIn(a.folderPath)).sort()).toEqual([
      '2026-03-02 Medarbeidersamtale.pdf',
      '2026-03-09 Medarbeidersamtale.pdf',
    ]);
  });

  it('the emulator answers like Graph: site drives, conflicts, bad names, unknown columns', async () => {
    expect((await library.raw('GET', `sites/${siteId}/drives`)).body).toMatchObject({
      value: [{ id: driveId, driveType: 'documentLibrary' }],
    });
    expect((await library.raw('GET', `drives/${driveId}`)).status).toBe(200);
    const folder = { name: 'Konflikt', folder: {}, '@microsoft.graph.conflictBehavior': 'fail' };
    expect((await library.raw('POST', `drives/${driveId}/root/children`, folder)).status).toBe(201);
    expect((await library.raw('POST', `drives/${driveId}/root/children`, folder)).body).toMatchObject({
      error: { code: 'nameAlreadyExists' },
    });
    const renamed = { ...folder, '@microsoft.graph.conflictBehavior': 'rename' };
    expect((await library.raw('POST', `drives/${driveId}/root/children`, renamed)).body).toMatchObject({
      name: 'Konflikt 1',
    });
    const bad = { name: 'a:b', folder: {} };
    expect((await library.raw('POST', `drives/${driveId}/root/children`, bad)).status).toBe(400);
    const id = await library.createFolder('', 'Kolonner');
    const unknown = await library.raw('PATCH', `drives/${driveId}/items/${id}/listItem/fields`, { Foo: 'x' });
    expect(unknown.body).toMatchObject({ error: { message: "Field 'Foo' is not recognized" } });
    expect((await library.raw('GET', `drives/${driveId}/items/${id}?$select=id,name`)).body).toEqual(
      expect.not.objectContaining({ webUrl: expect.anything() }),
    );
  });

  it('the contract still catches a typo on driveItem, a stream from a JSON path, one item from a GET of many', () => {
    expect(validateAgainstCsdl('microsoft.graph.fieldValueSet', { SamtaleKind: 'Startsamtale' })).toEqual([]);
    expect(validateAgainstCsdl('microsoft.graph.driveItem', { nmae: 'referat.pdf' })).toHaveLength(1);
    const exchange = {
      method: 'GET',
      path: '/v1.0/drives/{drive-id}/items/{item-id}',
      url: '/v1.0/drives/x/items/y',
      status: 200,
      requestType: null,
      requestBody: null,
      responseType: 'Edm.Stream',
      responseBody: '%PDF-1.7',
    };
    expect(checkExchange(exchange)).toHaveLength(1);
    const one = {
      ...exchange,
      path: '/v1.0/drives/{drive-id}/root/children',
      responseType: 'microsoft.graph.driveItem',
    };
    expect(checkExchange({ ...one, responseBody: { id: 'y' } })).toHaveLength(1);
    expect(checkExchange({ ...one, method: 'POST', responseBody: { id: 'y' } })).toEqual([]);
  });

  it('every recorded request and response validates against the Graph CSDL', () => {
    console.log(`Graph requests checked against the CSDL:\n  ${recorder.checkedRequests().join('\n  ')}`);
    recorder.assertAllValid();
  });
});
