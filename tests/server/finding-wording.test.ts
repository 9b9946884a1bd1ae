import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migration20261206103453 } from '../../server/src/db/migrations/Migration20261206103453.js';
import { docxText, pdfText } from '../helpers/documents.js';
import { visitIdOf } from '../helpers/field.js';
import { TINY_PNG } from '../helpers/images.js';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

const SYNC = `mutation ($i: SyncBatchInput!) { syncBatch(input: $i) { outcomes { sequence status code message } } }`;
const FINDINGS = `query ($id: ID!) { visit(id: $id) { status findings { id foundText requirement recommendation
  needsWording description evidencePhotos { id } } } }`;

interface Outcome {
  sequence: number;
  status: string;
  code: string | null;
  message: string | null;
}
interface FindingView {
  id: string;
  foundText: string | null;
  requirement: string | null;
  recommendation: string | null;
  needsWording: boolean;
  description: string;
  evidencePhotos: { id: string }[];
}

const FOUND = 'Lúc 8h15 bộ phận một cửa không có người trực; sổ theo dõi hồ sơ ghi đến 30/4.';
const ADVICE = 'Bố trí công chức trực theo lịch; cập nhật sổ theo dõi hằng ngày.';

let t: TestApp;
let inspector: GraphQLCaller;
let office: GraphQLCaller;
let visitId: string;
let failedItem: { id: string; code: string; text: string };
let sequence = 0;
const deviceId = randomUUID();

async function sync(kind: string, input: Record<string, unknown>): Promise<Outcome> {
  sequence += 1;
  const res = await inspector.request<{ syncBatch: { outcomes: Outcome[] } }>(SYNC, {
    i: { deviceId, operations: [{ operationId: randomUUID(), sequence, kind, input: { visitId, ...input } }] },
  });
  const outcome = res.data?.syncBatch.outcomes[0];
  if (!outcome) throw new Error(JSON.stringify(res));
  return outcome;
}

async function findings(): Promise<{ status: string; findings: FindingView[] }> {
  const res = await office.request<{ visit: { status: string; findings: FindingView[] } }>(FINDINGS, { id: visitId });
  return res.data?.visit ?? { status: '', findings: [] };
}

beforeAll(async () => {
  t = await startTestApp();
  [inspector, office] = await Promise.all([t.as('kiemtra'), t.as('vanphong')]);
  visitId = await visitIdOf(t, 'CCTL');
  const planned = await inspector.request<{
    visit: {
      plannedTemplateVersion: {
        id: string;
        groups: { items: { id: string; code: string; text: string; answerType: string }[] }[];
      };
    };
  }>(
    'query ($id: ID!) { visit(id: $id) { plannedTemplateVersion { id groups { items { id code text answerType } } } } }',
    {
      id: visitId,
    },
  );
  const version = planned.data?.visit.plannedTemplateVersion;
  if (!version) throw new Error('the visit is not planned');
  const items = version.groups.flatMap((g) => g.items);
  const first = items.find((i) => i.answerType === 'PASS_FAIL');
  if (!first) throw new Error('no Đạt/Không đạt item');
  failedItem = first;
  expect((await sync('START_VISIT', { templateVersionId: version.id })).status).toBe('APPLIED');
  for (const item of items) {
    const outcome = await sync('ANSWER_ITEM', {
      itemId: item.id,
      passFail: item.answerType === 'PASS_FAIL' ? (item.id === first.id ? 'FAIL' : 'PASS') : null,
      numberValue: item.answerType === 'NUMBER' ? 0 : null,
      textValue: item.answerType === 'TEXT' ? 'Không có.' : null,
      // An entry as a phone from before what was found was asked for writes it: no foundText at all.
      note: item.id === first.id ? 'Không có người trực.' : null,
    });
    expect(outcome.status).toBe('APPLIED');
  }
  for (const kind of ['PHOTO', 'SIGNATURE_TEAM_LEAD', 'SIGNATURE_UNIT_REPRESENTATIVE']) {
    const fileId = randomUUID();
    expect((await inspector.upload(fileId, TINY_PNG, 'image/png')).status).toBe(201);
    const itemId = kind === 'PHOTO' ? first.id : null;
    expect((await sync('ATTACH_VISIT_FILE', { kind, fileId, itemId, attachmentId: randomUUID() })).status).toBe(
      'APPLIED',
    );
  }
  await sync('SET_VISIT_ATTENDEES', { attendees: [{ name: 'Lê Văn Tâm', position: 'Chi cục trưởng', side: 'UNIT' }] });
  await sync('SET_VISIT_CONCLUSION', { conclusion: 'Đơn vị cơ bản chấp hành tốt.' });
});

afterAll(() => t?.close());

describe('a finding says what was found', () => {
  it('a Không đạt answer without it makes a finding marked as not worded, never the requirement', async () => {
    const { findings: list } = await findings();
    expect(list).toEqual([
      expect.objectContaining({ foundText: null, needsWording: true, requirement: failedItem.text, description: '' }),
    ]);
    expect(list[0]?.evidencePhotos).toHaveLength(1);
  });

  it('refuses the submission with its own code, and nothing is half-saved', async () => {
    const refused = await sync('SUBMIT_VISIT', {});
    expect(refused).toMatchObject({ status: 'REFUSED', code: 'FINDING_FOUND_TEXT_REQUIRED' });
    expect(refused.message).toContain(`Tiêu chí ${failedItem.code} không đạt`);
    expect((await findings()).status).toBe('IN_PROGRESS');
  });

  it('what was found and the kiến nghị typed on the phone reach the finding; then it submits', async () => {
    const answer = await sync('ANSWER_ITEM', {
      itemId: failedItem.id,
      passFail: 'FAIL',
      note: 'Không có người trực.',
      foundText: ` ${FOUND} `,
      recommendation: ADVICE,
    });
    expect(answer.status).toBe('APPLIED');
    expect((await findings()).findings[0]).toMatchObject({
      foundText: FOUND,
      recommendation: ADVICE,
      needsWording: false,
      requirement: failedItem.text,
    });
    expect((await sync('SUBMIT_VISIT', {})).status).toBe('APPLIED');
    const approved = await office.request('mutation ($id: ID!) { approveVisit(visitId: $id) { id } }', { id: visitId });
    expect(approved.errors).toBeUndefined();
  });

  it('the minutes and the notice state what was typed, the requirement only as a reference', async () => {
    for (const doc of ['minutes', 'conclusion']) {
      const res = await fetch(`${t.url}/api/visits/${visitId}/${doc}.docx`, {
        headers: { cookie: office.cookie ?? '' },
      });
      expect(res.status).toBe(200);
      const { text } = docxText(Buffer.from(await res.arrayBuffer()));
      expect(text).toContain(`${FOUND} (Yêu cầu: ${failedItem.text})`);
      expect(text).toContain(ADVICE);
      const pdf = await fetch(`${t.url}/api/visits/${visitId}/${doc}.pdf`, {
        headers: { cookie: office.cookie ?? '' },
      });
      const pdfWords = pdfText(Buffer.from(await pdf.arrayBuffer()));
      expect(pdfWords).toContain('Lúc 8h15 bộ phận một cửa không có người trực');
    }
  });
});

describe('the migration of findings written before', () => {
  it('turns a finding that only repeats its requirement into a not-worded one, and keeps a note after it', async () => {
    const [finding] = (await findings()).findings;
    const others = await t.sql<{ id: string; text: string }>(
      `select f.id, i.text from finding f join checklist_item i on i.id = f.item_id
        where f.from_failed_item and f.visit_id <> ? order by f.id limit 2`,
      [visitId],
    );
    const [old, withNote] = others;
    if (!finding || !old || !withNote) throw new Error('no findings to migrate');
    const untouched = await t.sql<{ id: string; found_text: string }>(
      `select id, found_text from finding where found_text is not null and id not in (?, ?, ?)`,
      [finding.id, old.id, withNote.id],
    );
    const migration = new Migration20261206103453(t.app.orm.em.getDriver(), t.app.orm.config);
    await migration.down();
    for (const query of migration.getQueries()) await t.sql(String(query));
    // As the old server wrote them: the requirement alone, and the requirement followed by the note.
    await t.sql('update finding set description = ? where id = ?', [old.text, old.id]);
    await t.sql('update finding set description = ? where id = ?', [`${withNote.text} Sổ ghi đến 30/4.`, withNote.id]);
    migration.reset();
    await migration.up();
    for (const query of migration.getQueries()) await t.sql(String(query));

    const after = new Map(
      (await t.sql<{ id: string; found_text: string | null }>('select id, found_text from finding')).map((r) => [
        r.id,
        r.found_text,
      ]),
    );
    expect(after.get(old.id)).toBeNull();
    expect(after.get(withNote.id)).toBe('Sổ ghi đến 30/4.');
    expect(after.get(finding.id)).toBe(FOUND);
    for (const row of untouched) expect(after.get(row.id)).toBe(row.found_text);
    const shown = await office.request<{ finding: { needsWording: boolean; foundText: string | null } }>(
      'query ($id: ID!) { finding(id: $id) { needsWording foundText } }',
      { id: old.id },
    );
    expect(shown.data?.finding).toEqual({ needsWording: true, foundText: null });
    // The Không đạt answer carries its finding's wording, so the finding keeps following it.
    const answers = await t.sql<{ found_text: string | null }>(
      `select a.found_text from visit_answer a join finding f on f.visit_id = a.visit_id and f.item_id = a.item_id
        where f.id = ?`,
      [finding.id],
    );
    expect(answers[0]?.found_text).toBe(FOUND);
  });
});
