import JSZip from 'jszip';
import { buildBilan } from '../../../src/app/bilan/build-bilan.js';
import { buildWordReport } from '../../../src/app/bilan/docx/word-report.js';
import { openDataJson } from '../../../src/app/bilan/opendata/opendata.js';
import { buildPublicBilan } from '../../../src/app/bilan/public/public-bilan.js';
import { renderPublicHtml } from '../../../src/app/bilan/public/public-html.js';
import { buildDataWorkbook } from '../../../src/app/bilan/sheets/data-workbook.js';
import { ENTITY_KINDS } from '../../../src/domain/entities/index.js';
import { SNAPSHOT_FORMAT, type EntityRecords, type SnapshotContent } from '../../../src/domain/snapshots/snapshot-content.js';

const empty: SnapshotContent = {
  format: SNAPSHOT_FORMAT,
  asOf: '2026-11-27',
  takenAt: '2026-11-27T09:00:00.000Z',
  records: Object.fromEntries(ENTITY_KINDS.map((k) => [k, []])) as unknown as EntityRecords,
  campaigns: [],
  responses: [],
};

describe('a collectivity with nothing recorded yet', () => {
  const bilan = buildBilan(empty, { kind: 'today' });

  it('has a bilan of zeros and empty lists, no made-up progress', () => {
    expect(bilan).toMatchObject({ elapsed: 0, progress: undefined, axes: [], gapsToExplain: [], justifiedGaps: [] });
    expect(bilan.actions.total).toBe(0);
    expect(bilan.mandate).toBeUndefined();
  });

  it('still gives every document, with their empty states', async () => {
    const pub = buildPublicBilan(bilan, empty, empty.takenAt);
    const html = renderPublicHtml(pub);
    expect(html).toContain('Aucune contribution des habitants n’a encore été enregistrée.');
    expect(html).toContain('Aucun indicateur n’est suivi.');
    const docx = await buildWordReport({ bilan, indicators: [], generatedAt: empty.takenAt });
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    expect(xml).toContain('La campagne sur l’usage du temps dégagé par le passage aux 1 607 heures n’a pas encore reçu de réponse.');
    expect(openDataJson(pub)).toMatchObject({ mandate: null, axes: [], measures: [] });
    expect((await buildDataWorkbook(empty.records)).length).toBeGreaterThan(1000);
  });
});
