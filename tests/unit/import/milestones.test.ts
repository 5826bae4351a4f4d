import { formatMilestones, parseMilestones } from '../../../src/app/import/cells/milestones.js';

describe('jalons in one cell', () => {
  it('are written as French dates and decimal commas, and read back the same', () => {
    const milestones = [
      { date: '2029-03-22', value: 4100 },
      { date: '2030-12-31', value: 3900.5 },
    ];
    const text = formatMilestones(milestones);
    expect(text).toBe('22/03/2029 = 4100 ; 31/12/2030 = 3900,5');
    expect(parseMilestones(text)).toEqual({ ok: true, value: milestones });
  });

  it('accept ISO dates, colons and line breaks', () => {
    expect(parseMilestones('2029-03-22 : 12\n2030-01-01=15,5')).toEqual({
      ok: true,
      value: [{ date: '2029-03-22', value: 12 }, { date: '2030-01-01', value: 15.5 }],
    });
  });

  it('refuse anything else as a whole', () => {
    expect(parseMilestones('bientôt').ok).toBe(false);
    expect(parseMilestones('22/03/2029 = beaucoup').ok).toBe(false);
    expect(parseMilestones('31/02/2029 = 4').ok).toBe(false);
    expect(parseMilestones(12).ok).toBe(false);
  });
});
