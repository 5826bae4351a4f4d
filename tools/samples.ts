import fs from 'node:fs';
import path from 'node:path';
import { ChromiumPdfRenderer } from '../src/adapters/pdf/chromium-pdf.renderer.js';
import { openSqliteStore } from '../src/adapters/sqlite/sqlite-store.js';
import type { Identity } from '../src/app/authorization/identity.js';
import { createBilanServices } from '../src/app/bilan/bilan-services.js';
import { createRandom } from '../src/app/seed/random.js';
import { DEMO_TODAY } from '../src/app/seed/demo-commune.js';
import { seedDemoIfEmpty } from '../src/app/seed/seed-store.js';
import type { Campaign } from '../src/domain/campaigns/campaign.schema.js';
import type { CampaignResponse } from '../src/domain/campaigns/response.schema.js';
import type { RoadmapStore } from '../src/ports/store.port.js';

/**
 * `npx tsx tools/samples.ts [--without-answers]`: writes the samples of docs/samples/ from the demo commune (Valmont-
 * sur-Loire) as it stands on the demo's "today": the Word report, the public page and its PDF (Chromium, CHROMIUM_PATH
 * or /usr/bin/chromium).
 *
 * The demo seed holds no campaign answers yet, so that the Word report shows every section this script first records
 * illustrative answers (self-assessment of each commitment by its lead, a spring action review, the 1,607 h campaign),
 * clearly marked "(exemple)" in the campaign titles; `--without-answers` shows the empty states instead. The public
 * page never shows answers either way.
 */
const OUT = path.resolve(__dirname, '../docs/samples');
const AT = `${DEMO_TODAY}T09:00:00.000Z`;
/** Who produces the samples: the pilotage team, who may read internal fields. */
const PILOTAGE: Identity = { personId: 'pers-laurent-dufresne', displayName: 'Laurent Dufresne', role: 'pilotage', serviceIds: ['svc-dgs'] };

const campaign = (id: string, kind: Campaign['kind'], title: string, audience: Campaign['audience']): Campaign =>
  ({ id, kind, title, audience, openingDate: '2026-10-05', deadline: '2026-10-23', reminderOffsets: [-3], applyMode: 'proposals', state: 'closed', launchedAt: '2026-10-05T07:00:00.000Z', closedAt: '2026-10-26T07:00:00.000Z' }) as Campaign;

/** Answers that look like a commune's: elected officials a little more optimistic than their administration. */
async function recordIllustrativeAnswers(store: RoadmapStore): Promise<void> {
  const random = createRandom(20_261_005);
  const [commitments, actions, services] = await Promise.all([store.commitment.list(), store.action.list(), store.service.list()]);
  const byLead = new Map<string, Record<string, { score: number }>>();
  for (const c of commitments) {
    if (!c.leadPersonId || c.status === 'abandoned') continue;
    const mine = actions.filter((a) => a.commitmentId === c.id && a.progress !== undefined);
    const progress = mine.length ? mine.reduce((sum, a) => sum + (a.progress ?? 0), 0) / mine.length : 0;
    const score = Math.min(5, Math.max(1, Math.round(progress / 25) + 1 + random.int(0, 2)));
    byLead.set(c.leadPersonId, { ...(byLead.get(c.leadPersonId) ?? {}), [c.id]: { score } });
  }
  const reviewed = actions.filter((a) => a.status === 'in_progress' && random.chance(0.5));
  const heads = services.filter((s) => s.headPersonId);
  await store.operations.campaign.createMany([
    campaign('camp-exemple-auto', 'elected_self_assessment', 'Auto-évaluation des élus — automne 2026 (exemple)', { kind: 'elected_officials' }),
    campaign('camp-exemple-revue', 'action_review', 'Revue des actions — automne 2026 (exemple)', { kind: 'service_heads', serviceIds: heads.map((s) => s.id) }),
    campaign('camp-exemple-1607', 'working_time_1607', 'Usage du temps dégagé par les 1 607 heures (exemple)', { kind: 'service_heads', serviceIds: heads.map((s) => s.id) }),
  ]);
  let n = 0;
  const response = (campaignId: string, personId: string, answers: CampaignResponse['answers']): CampaignResponse => {
    n += 1;
    return { id: `resp-exemple-${n}`, campaignId, deliveryId: `del-exemple-${n}`, personId, answers, submittedAt: '2026-10-20T10:00:00.000Z' };
  };
  const splits = [
    { better_service: 50, new_projects: 30, quality_of_life: 20, other: 0 },
    { better_service: 40, new_projects: 20, quality_of_life: 30, other: 10 },
    { better_service: 60, new_projects: 25, quality_of_life: 15, other: 0 },
  ];
  await store.operations.response.createMany([
    ...[...byLead].map(([personId, bySubject]) => response('camp-exemple-auto', personId, { kind: 'elected_self_assessment', bySubject })),
    response('camp-exemple-revue', heads[0]!.headPersonId!, {
      kind: 'action_review',
      bySubject: Object.fromEntries(reviewed.map((a) => [a.id, { progress: Math.max(0, (a.progress ?? 0) - random.int(0, 15)), measures: [] }])),
    }),
    ...heads.map((s, i) =>
      response('camp-exemple-1607', s.headPersonId!, { kind: 'working_time_1607', bySubject: { [s.id]: { hoursFreed: 100 * random.int(4, 30), split: splits[i % splits.length]! } } }),
    ),
  ]);
}

async function main(): Promise<void> {
  const store = openSqliteStore(':memory:');
  const clock = { now: () => AT, today: () => DEMO_TODAY };
  try {
    await seedDemoIfEmpty(store, clock);
    if (!process.argv.includes('--without-answers')) await recordIllustrativeAnswers(store);
    let n = 0;
    const { exports, views } = createBilanServices(store, clock, { next: (p) => `${p}-sample-${++n}` }, { pdf: new ChromiumPdfRenderer({ executablePath: process.env.CHROMIUM_PATH }) });
    fs.mkdirSync(OUT, { recursive: true });
    const files: [string, Promise<{ body: Buffer | string }>][] = [
      ['bilan-valmont.docx', exports.wordReport(await views.of(PILOTAGE), {})],
      ['bilan-public-valmont.html', exports.publicHtml({})],
    ];
    for (const [name, file] of files) fs.writeFileSync(path.join(OUT, name), (await file).body);
    fs.writeFileSync(path.join(OUT, 'bilan-public-valmont.pdf'), (await exports.publicPdf({})).body);
    process.stdout.write(`Samples written to ${path.relative(process.cwd(), OUT)}: bilan-valmont.docx, bilan-public-valmont.html, bilan-public-valmont.pdf\n`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Samples failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
