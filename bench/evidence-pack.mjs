// Evidence pack benchmark (issue 17): `node bench/run.mjs pack`, also a section of `pnpm bench`.
//
// The demo's 2025 self-assessment gets hundreds of evidence items: uploaded files (PDF-like bytes of
// 20-200 KB) and records of the product (directive documents of 2025, made through the API). Then:
// 1. a plain read request (the office's `units` list over GraphQL) is timed one after the other, from a
//    worker thread, for a few seconds with nothing else running: the baseline;
// 2. the pack is started (`startEvidencePack`) and the same request is timed the same way until the
//    background job reports the pack done (its progress polled through `evidencePack`);
// 3. the ratio of the two latencies (median and p95) is printed, with how many requests were answered
//    while the pack was built; the pack is downloaded and its entries counted against its files.
// No pass/fail budget: the figures show that the server keeps answering while the job runs.
import { randomBytes } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { BENCH_ADMIN_URL, Caller, check, createDatabase, ms, now, startApp, stats, table } from './lib.mjs';

const FILES = Number(process.env.BENCH_PACK_FILES ?? 200);
const RECORDS = Number(process.env.BENCH_PACK_RECORDS ?? 200);
const BASELINE_SECONDS = Number(process.env.BENCH_PACK_BASELINE_SECONDS ?? 4);
const YEAR = 2025;
const READ = '{ units { id code name kind active } }';

/** Times one request after another from a worker thread until told to stop; answers the latencies. */
const TIMER_WORKER = `
const { parentPort } = require('node:worker_threads');
let stop = false;
parentPort.on('message', async (msg) => {
  if (msg.stop) { stop = true; return; }
  const { url, headers, body } = msg;
  const latencies = [];
  let failed = 0;
  while (!stop) {
    const started = performance.now();
    try {
      const res = await fetch(url, { method: 'POST', headers, body });
      const json = await res.json();
      if (res.status !== 200 || json.errors) failed++;
    } catch { failed++; }
    latencies.push(performance.now() - started);
  }
  parentPort.postMessage({ latencies, failed });
});`;

/** Runs the timer until `until()` resolves; answers the latencies and failures. */
async function timeWhile(target, until) {
  const worker = new Worker(TIMER_WORKER, { eval: true });
  try {
    const result = new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    worker.postMessage(target);
    await until();
    worker.postMessage({ stop: true });
    return await result;
  } finally {
    await worker.terminate();
  }
}

/** A PDF-looking file of `size` bytes (the server sniffs "%PDF-"). */
const fakePdf = (size) =>
  Buffer.concat([
    Buffer.from('%PDF-1.4\n% minh chứng\n'),
    randomBytes(Math.max(0, size - 40)),
    Buffer.from('\n%%EOF\n'),
  ]);

async function arrange(url) {
  const office = await new Caller(url).signIn('vanphong');
  const { selfAssessment } = await office.must(
    'query ($y: Int!) { selfAssessment(year: $y) { id criteria { id code isLeaf } scores { evidence { id } } } }',
    { y: YEAR },
  );
  check(selfAssessment, `the demo has no ${YEAR} self-assessment`);
  // The demo's draft already cites some records of the year: they are in the pack too.
  const demoEvidence = selfAssessment.scores.reduce((n, score) => n + score.evidence.length, 0);
  const leaves = selfAssessment.criteria.filter((c) => c.isLeaf);
  const { units } = await office.must('{ units { id parentId } }');
  const root = units.find((u) => u.parentId === null);
  const cite = (i, fields) =>
    office.must('mutation ($i: AddAssessmentEvidenceInput!) { addAssessmentEvidence(input: $i) { id } }', {
      i: { assessmentId: selfAssessment.id, criterionId: leaves[i % leaves.length].id, ...fields },
    });
  let bytes = 0;
  for (let i = 0; i < FILES; i++) {
    const file = fakePdf(20_000 + ((i * 7919) % 180_000));
    bytes += file.length;
    const id = crypto.randomUUID();
    const res = await fetch(`${url}/api/files/${id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf', cookie: office.cookie },
      body: file,
    });
    check(res.status === 201, `upload ${i}: ${res.status} ${await res.text()}`);
    await cite(i, { fileId: id, documentNumber: `${i + 1}/BC-BENCH`, pointer: `trang ${1 + (i % 9)}` });
  }
  for (let i = 0; i < RECORDS; i++) {
    const { createDirectiveDocument: doc } = await office.must(
      'mutation ($i: DirectiveDocumentInput!) { createDirectiveDocument(input: $i) { id } }',
      {
        i: {
          type: 'CONG_VAN',
          number: `${1000 + i}/SNNMT-BENCH`,
          issuedOn: `${YEAR}-${String(1 + (i % 12)).padStart(2, '0')}-15`,
          issuingUnitId: root.id,
          summary: `Về cải cách hành chính, văn bản thử số ${i + 1}`,
        },
      },
    );
    await cite(i, { recordKind: 'DIRECTIVE_DOCUMENT', recordId: doc.id, pointer: 'mục II' });
  }
  return { office, bytes, demoEvidence };
}

/** Reads the number of entries from a zip's end record. */
function zipEntries(zip) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  check(end >= 0, 'the download is not a zip');
  return zip.readUInt16LE(end + 10);
}

export async function run() {
  const started = now();
  const { name, url: databaseUrl, drop } = await createDatabase(BENCH_ADMIN_URL, 'kycuong_bench_pack_');
  const endpoint = { url: databaseUrl, kind: 'postgresql', poolSize: 5, close: drop };
  let server = null;
  try {
    server = await startApp({ database: endpoint });
    const arrangeStarted = now();
    const { office, bytes, demoEvidence } = await arrange(server.url);
    console.log(
      `database ${name}; ${FILES} uploaded files (${(bytes / 1024 / 1024).toFixed(1)} MB) and ${RECORDS} records cited ` +
        `as evidence of the ${YEAR} self-assessment, arranged in ${((now() - arrangeStarted) / 1000).toFixed(1)} s`,
    );
    const target = {
      url: `${server.url}/graphql`,
      headers: { 'content-type': 'application/json', cookie: office.cookie },
      body: JSON.stringify({ query: READ }),
    };
    await timeWhile(target, () => new Promise((resolve) => setTimeout(resolve, 1000))); // warm-up
    const idle = await timeWhile(target, () => new Promise((resolve) => setTimeout(resolve, BASELINE_SECONDS * 1000)));

    let pack = null;
    let polls = 0;
    const buildStarted = now();
    const during = await timeWhile(target, async () => {
      ({ startEvidencePack: pack } = await office.must(
        'mutation ($y: Int!) { startEvidencePack(year: $y) { id status } }',
        { y: YEAR },
      ));
      for (;;) {
        ({ evidencePack: pack } = await office.must(
          'query ($id: ID!) { evidencePack(id: $id) { id status progress { done total } errorCode size files downloadUrl } }',
          { id: pack.id },
        ));
        polls++;
        if (pack.status === 'DONE' || pack.status === 'FAILED') return;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    });
    const buildMs = now() - buildStarted;
    check(pack.status === 'DONE', `the pack failed: ${pack.errorCode}`);
    const expectedFiles = demoEvidence + FILES + RECORDS + 1; // and the pack's list of its contents
    check(pack.files === expectedFiles, `${pack.files} files in the pack, not ${expectedFiles}`);
    const zip = Buffer.from(
      await (await fetch(`${server.url}${pack.downloadUrl}`, { headers: { cookie: office.cookie } })).arrayBuffer(),
    );
    check(zip.length === pack.size && zipEntries(zip) === pack.files, 'the downloaded zip differs from the pack');

    const a = stats(idle.latencies);
    const b = stats(during.latencies);
    console.log('');
    console.log(
      table(
        ['plain read (`units`, ms)', 'requests', 'failed', 'median', 'p95', 'max'],
        [
          ['no pack building', idle.latencies.length, idle.failed, ms(a.median), ms(a.p95), ms(a.max)],
          ['while the pack is built', during.latencies.length, during.failed, ms(b.median), ms(b.p95), ms(b.max)],
        ],
      ),
    );
    console.log('');
    console.log(
      table(
        ['ratio (while building / no pack)', 'x'],
        [
          ['median latency', (b.median / a.median).toFixed(2)],
          ['p95 latency', (b.p95 / a.p95).toFixed(2)],
        ],
      ),
    );
    console.log(
      `pack: ${pack.files} files, ${(pack.size / 1024 / 1024).toFixed(1)} MB, built in ${(buildMs / 1000).toFixed(1)} s ` +
        `(background job; progress polled ${polls} times); downloaded and checked: ${zipEntries(zip)} entries; ` +
        `section ${((now() - started) / 1000).toFixed(1)} s`,
    );
    return [];
  } finally {
    await server?.app.close().catch(() => {});
    await drop();
    console.log(`database ${name} dropped`);
  }
}
