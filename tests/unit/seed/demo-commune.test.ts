import {
  DIRECTIONS,
  ENTITY_SCHEMAS,
  type Action,
  type EntityKind,
  type EntityMap,
  type Indicator,
  type Measure,
} from '../../../src/domain/entities/index.js';
import { buildDemoCommune, type DemoDataset } from '../../../src/app/seed/demo-commune.js';

const TODAY = '2026-11-27';
const demo = buildDemoCommune();

const isLate = (a: Action, today = TODAY): boolean =>
  (a.revisedDueDate ?? a.dueDate ?? '9999-12-31') < today && a.status !== 'done' && a.status !== 'cancelled';

const measuresOf = (data: DemoDataset, indicatorId: string): Measure[] =>
  data.measures.filter((m) => m.indicatorId === indicatorId);

/** Expected value at a date: linear from the baseline through the jalons to the target (test's own reading). */
function expectedAt(i: Indicator, date: string): number {
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const points = [{ date: i.baselineDate, value: i.baselineValue }, ...i.milestones, { date: i.targetDate, value: i.targetValue }];
  const next = points.findIndex((p) => p.date >= date);
  if (next <= 0) return points[Math.max(next, 0)]!.value;
  const a = points[next - 1]!;
  const b = points[next]!;
  return a.value + ((b.value - a.value) * (day(date) - day(a.date))) / (day(b.date) - day(a.date));
}

/** Where an indicator stands at its last measure: target met, on track, or behind. */
function standing(i: Indicator, last: Measure): 'met' | 'on_track' | 'behind' {
  const up = i.direction === 'increase' || i.direction === 'stay_above';
  if (up ? last.value >= i.targetValue : last.value <= i.targetValue) return 'met';
  if (i.direction.startsWith('stay_')) return 'behind';
  const expected = expectedAt(i, last.date);
  return (up ? last.value >= expected : last.value <= expected) ? 'on_track' : 'behind';
}

function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('demo commune: records', () => {
  const records: { [K in EntityKind]: EntityMap[K][] } = {
    mandate: [demo.mandate],
    axis: demo.axes,
    commitment: demo.commitments,
    action: demo.actions,
    indicator: demo.indicators,
    measure: demo.measures,
    service: demo.services,
    person: demo.people,
    feedback: demo.feedback,
  };

  it.each(Object.keys(records) as EntityKind[])('every %s passes its schema', (kind) => {
    const schema = ENTITY_SCHEMAS[kind];
    const failures = (records[kind] as { id: string }[]).flatMap((record) => {
      const result = schema.safeParse(record);
      return result.success ? [] : [{ id: record.id, issues: result.error.issues }];
    });
    expect(failures).toEqual([]);
  });

  it.each(Object.keys(records) as EntityKind[])('%s ids are unique', (kind) => {
    const ids = (records[kind] as { id: string }[]).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses readable ids', () => {
    expect(demo.services.every((s) => /^svc-[a-z-]+$/.test(s.id))).toBe(true);
    expect(demo.people.every((p) => /^pers-[a-z-]+$/.test(p.id))).toBe(true);
    expect(demo.axes.map((a) => a.id)).toEqual(['axe-1', 'axe-2', 'axe-3', 'axe-4', 'axe-5', 'axe-6']);
    expect(demo.commitments.every((c) => c.id === `eng-${c.reference.replace('.', '-')}`)).toBe(true);
    expect(demo.actions.every((a, i) => a.id === `act-${String(i + 1).padStart(3, '0')}`)).toBe(true);
    expect(demo.indicators.every((x, i) => x.id === `ind-${String(i + 1).padStart(2, '0')}`)).toBe(true);
    expect(demo.measures.every((m) => m.id.startsWith(`mes-${m.indicatorId}-`))).toBe(true);
  });

  it('resolves every reference', () => {
    const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));
    const [people, services, axes, commitments, actions, indicators] = [
      ids(demo.people), ids(demo.services), ids(demo.axes), ids(demo.commitments), ids(demo.actions), ids(demo.indicators),
    ];
    const dangling: string[] = [];
    const check = (set: Set<string>, id: string | undefined, where: string) => {
      if (id === undefined || !set.has(id)) dangling.push(`${where} → ${String(id)}`);
    };
    demo.services.forEach((s) => {
      check(people, s.headPersonId, `${s.id}.headPersonId`);
      if (s.parentId !== undefined) check(services, s.parentId, `${s.id}.parentId`);
    });
    demo.people.forEach((p) => p.serviceIds.forEach((id) => check(services, id, `${p.id}.serviceIds`)));
    demo.commitments.forEach((c) => {
      check(axes, c.axisId, `${c.id}.axisId`);
      check(people, c.leadPersonId, `${c.id}.leadPersonId`);
    });
    demo.actions.forEach((a) => {
      check(commitments, a.commitmentId, `${a.id}.commitmentId`);
      check(services, a.serviceId, `${a.id}.serviceId`);
      check(people, a.ownerPersonId, `${a.id}.ownerPersonId`);
    });
    demo.indicators.forEach((i) => {
      if (i.actionId !== undefined) check(actions, i.actionId, `${i.id}.actionId`);
      if (i.commitmentId !== undefined) check(commitments, i.commitmentId, `${i.id}.commitmentId`);
      check(services, i.serviceId, `${i.id}.serviceId`);
    });
    demo.measures.forEach((m) => check(indicators, m.indicatorId, `${m.id}.indicatorId`));
    demo.feedback.forEach((f) => f.commitmentIds.forEach((id) => check(commitments, id, `${f.id}.commitmentIds`)));
    expect(dangling).toEqual([]);
  });

  it('is identical on every call and draws nothing from the clock or Math.random', () => {
    const random = jest.spyOn(Math, 'random');
    const now = jest.spyOn(Date, 'now');
    try {
      expect(buildDemoCommune()).toStrictEqual(buildDemoCommune());
      expect(JSON.stringify(buildDemoCommune(TODAY))).toBe(JSON.stringify(demo));
      expect(random).not.toHaveBeenCalled();
      expect(now).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
      now.mockRestore();
    }
  });

  it('contains no placeholder text', () => {
    expect(JSON.stringify(demo).toLowerCase()).not.toMatch(/lorem|ipsum|todo|xxx/);
  });
});

describe('demo commune: organisation', () => {
  it('is a commune of about 25,000 inhabitants elected in March 2026', () => {
    expect(demo.mandate).toMatchObject({ collectivityKind: 'commune', startDate: '2026-03-22', endDate: '2032-03-21', midTermDate: '2029-03-22' });
    expect(demo.mandate.population).toBeGreaterThan(20_000);
    expect(demo.mandate.population).toBeLessThan(30_000);
  });

  it('has 10 to 15 services, some under a direction, each with a head who belongs to it', () => {
    expect(demo.services.length).toBeGreaterThanOrEqual(10);
    expect(demo.services.length).toBeLessThanOrEqual(15);
    expect(demo.services.filter((s) => s.parentId !== undefined).length).toBeGreaterThanOrEqual(3);
    for (const s of demo.services) {
      const head = demo.people.find((p) => p.id === s.headPersonId);
      expect(head?.serviceIds).toContain(s.id);
    }
  });

  it('has the maire and 6 to 8 other elected officials, pilotage, one administrator and two readers', () => {
    const byRole = (role: string) => demo.people.filter((p) => p.role === role);
    expect(byRole('elected').filter((p) => p.jobTitle?.startsWith('Maire'))).toHaveLength(1);
    expect(byRole('elected').length - 1).toBeGreaterThanOrEqual(6);
    expect(byRole('elected').length - 1).toBeLessThanOrEqual(8);
    expect(byRole('pilotage').length).toBeGreaterThanOrEqual(2);
    expect(byRole('administrator')).toHaveLength(1);
    expect(byRole('reader')).toHaveLength(2);
    expect(byRole('service_head').every((p) => demo.services.some((s) => s.headPersonId === p.id))).toBe(true);
  });

  it('gives everyone a prenom.nom address on the commune’s domain', () => {
    for (const p of demo.people) expect(p.email).toMatch(/^[a-z-]+\.[a-z-]+@valmont-sur-loire\.fr$/);
  });
});

describe('demo commune: programme', () => {
  it('has six ordered axes with distinct colours readable under white text', () => {
    expect(demo.axes.map((a) => a.order)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(demo.axes.map((a) => a.color.toUpperCase())).size).toBe(6);
    for (const a of demo.axes) expect(1.05 / (relativeLuminance(a.color) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });

  it('spreads 30 to 40 commitments over every axis, each led by an elected official', () => {
    expect(demo.commitments.length).toBeGreaterThanOrEqual(30);
    expect(demo.commitments.length).toBeLessThanOrEqual(40);
    for (const axis of demo.axes) expect(demo.commitments.filter((c) => c.axisId === axis.id).length).toBeGreaterThanOrEqual(4);
    const elected = new Set(demo.people.filter((p) => p.role === 'elected').map((p) => p.id));
    expect(demo.commitments.every((c) => c.leadPersonId !== undefined && elected.has(c.leadPersonId))).toBe(true);
  });

  it('has exactly two revised commitments, each with a public justification, and a justified abandon', () => {
    const revised = demo.commitments.filter((c) => c.status === 'revised');
    expect(revised).toHaveLength(2);
    for (const c of revised) expect(c.gapJustification?.trim().length).toBeGreaterThan(100);
    for (const c of demo.commitments.filter((x) => x.status === 'abandoned')) expect(c.gapJustification?.trim()).toBeTruthy();
    expect(demo.commitments.filter((c) => c.status === 'done').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps commitment statuses consistent with their actions', () => {
    for (const c of demo.commitments) {
      const actions = demo.actions.filter((a) => a.commitmentId === c.id);
      expect(actions.length).toBeGreaterThan(0);
      if (c.status === 'done') expect(actions.every((a) => a.status === 'done')).toBe(true);
      if (c.status === 'abandoned') expect(actions.every((a) => a.status === 'cancelled')).toBe(true);
    }
  });

  it('links 8 to 12 feedback records of 2026 to 1 to 4 commitments each', () => {
    expect(demo.feedback.length).toBeGreaterThanOrEqual(8);
    expect(demo.feedback.length).toBeLessThanOrEqual(12);
    for (const f of demo.feedback) {
      expect(f.date.startsWith('2026-')).toBe(true);
      expect(f.commitmentIds.length).toBeGreaterThanOrEqual(1);
      expect(f.commitmentIds.length).toBeLessThanOrEqual(4);
      expect(f.themes.length).toBeGreaterThan(0);
    }
    expect(new Set(demo.feedback.map((f) => f.kind)).size).toBeGreaterThanOrEqual(4);
  });
});

describe('demo commune: actions', () => {
  const count = (p: (a: Action) => boolean) => demo.actions.filter(p).length;

  it('has 80 to 120 actions across 10 to 15 services, owned by the head of their service', () => {
    expect(demo.actions.length).toBeGreaterThanOrEqual(80);
    expect(demo.actions.length).toBeLessThanOrEqual(120);
    const services = new Set(demo.actions.map((a) => a.serviceId));
    expect(services.size).toBeGreaterThanOrEqual(10);
    for (const a of demo.actions) expect(a.ownerPersonId).toBe(demo.services.find((s) => s.id === a.serviceId)?.headPersonId);
  });

  it('dates every action within the mandate, with the half matching its due date', () => {
    const { startDate, endDate, midTermDate } = demo.mandate;
    for (const a of demo.actions) {
      const due = a.revisedDueDate ?? a.dueDate!;
      expect([a.startDate! >= startDate, due <= endDate]).toEqual([true, true]);
      expect(a.half).toBe(due <= midTermDate ? 'first' : 'second');
    }
    expect(count((a) => a.half === 'first')).toBeGreaterThan(count((a) => a.half === 'second'));
  });

  it('has a realistic mix of late, blocked, stormy, done and cancelled actions', () => {
    expect(count((a) => isLate(a))).toBeGreaterThanOrEqual(8);
    expect(count((a) => isLate(a))).toBeLessThanOrEqual(20);
    expect(count((a) => a.status === 'blocked')).toBeGreaterThanOrEqual(3);
    expect(count((a) => a.weather === 'stormy')).toBeGreaterThanOrEqual(3);
    expect(count((a) => a.status === 'done')).toBeGreaterThanOrEqual(6);
    expect(count((a) => a.status === 'cancelled')).toBeGreaterThanOrEqual(2);
    expect(count((a) => a.revisedDueDate !== undefined)).toBeGreaterThanOrEqual(2);
    expect(count((a) => a.weather !== undefined)).toBeGreaterThan(demo.actions.length / 2);
    expect(count((a) => a.nextSteps !== undefined)).toBeGreaterThan(demo.actions.length / 3);
  });

  it('keeps progress, météo and blockers consistent with the status', () => {
    for (const a of demo.actions) {
      if (a.status === 'done') expect(a.progress).toBe(100);
      if (a.status === 'planned') expect(a.progress ?? 0).toBe(0);
      if (a.status === 'in_progress' || a.status === 'blocked') expect(a.progress).toBeLessThan(100);
      if (a.status === 'blocked' || a.weather === 'stormy') expect(a.blockers?.trim()).toBeTruthy();
      if (a.staffing !== undefined) expect([a.staffing >= 0.2, a.staffing <= 3]).toEqual([true, true]);
    }
  });

  it('anchors lateness and measures on `today`', () => {
    const early = buildDemoCommune('2026-06-15');
    expect(early.actions.filter((a) => isLate(a, '2026-06-15')).length).toBeLessThan(count((a) => isLate(a)));
    expect(early.measures.every((m) => m.date <= '2026-06-15')).toBe(true);
    expect(early.measures.length).toBeLessThan(demo.measures.length);
  });
});

describe('demo commune: indicators and measures', () => {
  it('has 30 to 50 indicators with one parent each, every direction, baselines in 2024-2025 and targets in 2029 or 2032', () => {
    expect(demo.indicators.length).toBeGreaterThanOrEqual(30);
    expect(demo.indicators.length).toBeLessThanOrEqual(50);
    expect(new Set(demo.indicators.map((i) => i.direction))).toEqual(new Set(DIRECTIONS));
    expect(demo.indicators.filter((i) => i.commitmentId !== undefined).length).toBeGreaterThanOrEqual(5);
    expect(demo.indicators.filter((i) => i.milestones.length > 0).length).toBeGreaterThanOrEqual(3);
    for (const i of demo.indicators) {
      expect([i.actionId === undefined, i.commitmentId === undefined].sort()).toEqual([false, true]);
      expect(['2024', '2025']).toContain(i.baselineDate.slice(0, 4));
      expect(['2029', '2032']).toContain(i.targetDate.slice(0, 4));
    }
  });

  it('gives each indicator at least 8 measures from its baseline up to November 2026', () => {
    for (const i of demo.indicators) {
      const measures = measuresOf(demo, i.id);
      expect(measures.length).toBeGreaterThanOrEqual(8);
      expect(measures[0]).toMatchObject({ date: i.baselineDate, value: i.baselineValue });
      for (const m of measures) {
        expect(m.date >= i.baselineDate && m.date <= '2026-11-30').toBe(true);
        expect(m.source).toBe(m.date < '2026-04-01' ? 'import' : 'manual');
      }
    }
    expect(demo.measures.filter((m) => m.comment !== undefined).length).toBeGreaterThanOrEqual(3);
  });

  it('mixes indicators that have met their target, are on track and are behind', () => {
    const tally = { met: 0, on_track: 0, behind: 0 };
    for (const i of demo.indicators) tally[standing(i, measuresOf(demo, i.id).at(-1)!)] += 1;
    expect(tally.met).toBeGreaterThanOrEqual(3);
    expect(tally.on_track).toBeGreaterThanOrEqual(3);
    expect(tally.behind).toBeGreaterThanOrEqual(3);
  });
});
