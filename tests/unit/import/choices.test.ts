import { CHOICES, choiceCode, choiceLabel } from '../../../src/app/import/cells/choices.js';

describe('French labels of the choice lists', () => {
  it('reads the labels of the workbook back to codes, whatever the case and accents', () => {
    expect(choiceCode(CHOICES.weather, 'Ensoleillé')).toBe('sunny');
    expect(choiceCode(CHOICES.weather, 'Nuageux')).toBe('cloudy');
    expect(choiceCode(CHOICES.weather, 'couvert')).toBe('overcast');
    expect(choiceCode(CHOICES.weather, 'ORAGEUX')).toBe('stormy');
    expect(choiceCode(CHOICES.actionStatus, 'bloquee')).toBe('blocked');
    expect(choiceCode(CHOICES.actionStatus, '  En   cours ')).toBe('in_progress');
    expect(choiceCode(CHOICES.commitmentStatus, 'Tenu')).toBe('done');
    expect(choiceCode(CHOICES.direction, 'Rester au-dessus')).toBe('stay_above');
    expect(choiceCode(CHOICES.role, 'Élu')).toBe('elected');
  });

  it('accepts the API codes and the tab’s wording', () => {
    expect(choiceCode(CHOICES.actionStatus, 'in_progress')).toBe('in_progress');
    expect(choiceCode(CHOICES.trend, 'En amélioration')).toBe('up');
    expect(choiceCode(CHOICES.weather, 'Éclaircies')).toBe('cloudy');
    expect(choiceCode(CHOICES.direction, 'À réduire')).toBe('decrease');
  });

  it('knows nothing else', () => {
    expect(choiceCode(CHOICES.weather, 'Pluvieux')).toBeUndefined();
    expect(choiceCode(CHOICES.actionStatus, 'Tenu')).toBeUndefined();
  });

  it('writes codes as their French label', () => {
    expect(choiceLabel(CHOICES.frequency, 'semiannual')).toBe('Semestrielle');
    expect(choiceLabel(CHOICES.half, 'second')).toBe('Seconde moitié');
  });
});
