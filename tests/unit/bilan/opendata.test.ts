import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { buildBilan } from '../../../src/app/bilan/build-bilan.js';
import { openDataCsv, openDataJson } from '../../../src/app/bilan/opendata/opendata.js';
import { openDataReadme, openDataSchema } from '../../../src/app/bilan/opendata/opendata-schema.js';
import { buildPublicBilan } from '../../../src/app/bilan/public/public-bilan.js';
import { PUBLIC_FIELDS, PUBLIC_KINDS } from '../../../src/app/bilan/public/public-fields.js';
import { fixtureSet } from './bilan-fixture.js';

const set = fixtureSet();
const pub = buildPublicBilan(buildBilan(set, { kind: 'today' }), set, '2029-03-22T10:00:00.000Z');

describe('open data', () => {
  it('validates against its own JSON Schema (2020-12), which forbids unlisted fields', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(openDataSchema());
    const json = JSON.parse(JSON.stringify(openDataJson(pub)));
    expect(validate(json) ? [] : validate.errors).toEqual([]);
    json.actions[0].blockers = 'interne';
    expect(validate(json)).toBe(false);
  });

  it('writes one CSV per kind whose columns are the public fields, lists joined with |', () => {
    const csv = openDataCsv(pub, 'feedback');
    const [header, first] = csv.split('\r\n');
    expect(header).toBe(PUBLIC_FIELDS.feedback.map((f) => f.name).join(','));
    expect(first).toBe('f1,citizen_workshop,Atelier,2028-05-01,Texte,40,Vélo|École,C1|C3');
    expect(openDataCsv(pub, 'indicator')).toContain('i1,a1,,Écoles rénovées');
  });

  it('documents every public field of every kind in the README', () => {
    const readme = openDataReadme();
    for (const kind of PUBLIC_KINDS) for (const field of PUBLIC_FIELDS[kind]) expect(readme).toContain(`\`${field.name}\``);
  });
});
