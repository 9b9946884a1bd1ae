// Puts visits of the demo in the review states the office screens show (the demo has none waiting):
// one submitted, one returned, one returned and submitted again with a change (changes since return).
// Run once against the demo server before office-screens.mjs:  node scripts/screens/prepare-review.mjs [url]
import { randomUUID } from 'node:crypto';
import { DemoCaller } from './demo-session.mjs';

const BASE = process.argv[2] ?? 'http://127.0.0.1:3947';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

async function sync(inspector, visitId, ops) {
  let sequence = 0;
  const operations = ops.map(([kind, input]) => ({
    operationId: randomUUID(),
    sequence: ++sequence,
    kind,
    input: { visitId, ...input },
  }));
  const data = await inspector.request(
    'mutation ($i: SyncBatchInput!) { syncBatch(input: $i) { outcomes { status code message } } }',
    { i: { deviceId: randomUUID(), operations } },
  );
  const refused = data.syncBatch.outcomes.filter((o) => o.status !== 'APPLIED');
  if (refused.length) throw new Error(`refused: ${JSON.stringify(refused)}`);
}

async function complete(inspector, visitId, started) {
  const data = await inspector.request(
    'query ($id: ID!) { visit(id: $id) { plannedTemplateVersion { ...V } templateVersion { ...V } } } fragment V on ChecklistVersion { id groups { items { id code answerType } } }',
    { id: visitId },
  );
  const version = data.visit.templateVersion ?? data.visit.plannedTemplateVersion;
  const items = version.groups.flatMap((g) => g.items);
  const ops = started ? [] : [['START_VISIT', { templateVersionId: version.id }]];
  for (const item of items) {
    ops.push([
      'ANSWER_ITEM',
      {
        itemId: item.id,
        passFail: item.answerType === 'PASS_FAIL' ? 'PASS' : null,
        numberValue: item.answerType === 'NUMBER' ? 0 : null,
        textValue: item.answerType === 'TEXT' ? 'Không có.' : null,
        baseVersion: null,
      },
    ]);
  }
  ops.push(['SET_VISIT_ATTENDEES', { attendees: [{ name: 'Lê Văn Tâm', position: 'Chánh Văn phòng', side: 'UNIT' }] }]);
  ops.push(['SET_VISIT_CONCLUSION', { conclusion: 'Đơn vị chấp hành tốt kỷ luật, kỷ cương hành chính.' }]);
  for (const kind of ['SIGNATURE_TEAM_LEAD', 'SIGNATURE_UNIT_REPRESENTATIVE']) {
    const fileId = randomUUID();
    await inspector.upload(fileId, PNG, 'image/png');
    ops.push(['ATTACH_VISIT_FILE', { kind, fileId, attachmentId: randomUUID() }]);
  }
  ops.push(['SUBMIT_VISIT', {}]);
  await sync(inspector, visitId, ops);
}

const inspector = await DemoCaller.as(BASE, 'kiemtra');
const office = await DemoCaller.as(BASE, 'vanphong');
const { myVisits } = await inspector.request('{ myVisits { id status unit { name } } }');
const planned = myVisits.filter((v) => v.status === 'PLANNED' || v.status === 'IN_PROGRESS').slice(0, 3);
if (planned.length < 3) throw new Error(`need 3 planned or started visits, found ${planned.length}`);
const returnVisit = (visitId) =>
  office.request('mutation ($i: ReturnVisitInput!) { returnVisit(input: $i) { id } }', {
    i: { visitId, comment: 'Đề nghị ghi rõ số người vắng mặt và bổ sung ý kiến của đơn vị.' },
  });
for (const visit of planned) await complete(inspector, visit.id, visit.status === 'IN_PROGRESS');
const [, returned, resubmitted] = planned;
await returnVisit(returned.id);
await returnVisit(resubmitted.id);
await sync(inspector, resubmitted.id, [
  ['SET_VISIT_CONCLUSION', { conclusion: 'Đơn vị chấp hành tốt; 01 công chức về sớm đã được nhắc nhở.' }],
  ['SUBMIT_VISIT', {}],
]);
console.log(planned.map((v) => `${v.unit.name}: ${v.id}`).join('\n'));
