import { aggregateWeatherBy, countTrend, countWeather } from '../../../src/domain/rules/index.js';
import { makeAction } from './factories.js';

describe('countWeather / countTrend', () => {
  it('count every météo and trend, unset included, with zeroes for the absent ones', () => {
    const actions = [
      makeAction({ weather: 'sunny', trend: 'up' }),
      makeAction({ weather: 'sunny', trend: 'flat' }),
      makeAction({ weather: 'stormy' }),
      makeAction(),
    ];
    expect(countWeather(actions)).toEqual({ sunny: 2, cloudy: 0, overcast: 0, stormy: 1, unset: 1 });
    expect(countTrend(actions)).toEqual({ up: 1, flat: 1, down: 0, unset: 2 });
  });

  it('leave cancelled actions out', () => {
    const actions = [makeAction({ weather: 'stormy', trend: 'down', status: 'cancelled' }), makeAction({ weather: 'cloudy' })];
    expect(countWeather(actions)).toEqual({ sunny: 0, cloudy: 1, overcast: 0, stormy: 0, unset: 0 });
    expect(countTrend(actions)).toEqual({ up: 0, flat: 0, down: 0, unset: 1 });
  });

  it('count nothing in an empty list', () => {
    expect(countWeather([])).toEqual({ sunny: 0, cloudy: 0, overcast: 0, stormy: 0, unset: 0 });
  });
});

describe('aggregateWeatherBy', () => {
  it('groups by key in order of first appearance, with the worst météo of each group', () => {
    const actions = [
      makeAction({ id: 'x1', serviceId: 'voirie', weather: 'cloudy', trend: 'up' }),
      makeAction({ id: 'x2', serviceId: 'culture', weather: 'sunny' }),
      makeAction({ id: 'x3', serviceId: 'voirie', weather: 'overcast', trend: 'down' }),
      makeAction({ id: 'x4', serviceId: 'voirie', weather: 'sunny' }),
    ];
    const groups = aggregateWeatherBy(actions, (a) => a.serviceId);
    expect(groups.map((g) => g.key)).toEqual(['voirie', 'culture']);
    expect(groups[0]).toEqual({
      key: 'voirie',
      actions: 3,
      weather: { sunny: 1, cloudy: 1, overcast: 1, stormy: 0, unset: 0 },
      trend: { up: 1, flat: 0, down: 1, unset: 1 },
      worst: 'overcast',
    });
    expect(groups[1]?.worst).toBe('sunny');
  });

  it('puts actions without a key in the group ""', () => {
    const groups = aggregateWeatherBy([makeAction({ weather: 'stormy' }), makeAction({ serviceId: 'rh' })], (a) => a.serviceId);
    expect(groups.map((g) => [g.key, g.actions, g.worst])).toEqual([
      ['', 1, 'stormy'],
      ['rh', 1, undefined],
    ]);
  });

  it('ignores cancelled actions, even for the worst météo', () => {
    const groups = aggregateWeatherBy(
      [
        makeAction({ serviceId: 'rh', weather: 'stormy', status: 'cancelled' }),
        makeAction({ serviceId: 'rh', weather: 'cloudy' }),
        makeAction({ serviceId: 'dsi', weather: 'stormy', status: 'cancelled' }),
      ],
      (a) => a.serviceId,
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ key: 'rh', actions: 1, worst: 'cloudy' });
  });

  it('stormy beats every other météo', () => {
    const groups = aggregateWeatherBy(
      [makeAction({ weather: 'stormy' }), makeAction({ weather: 'overcast' }), makeAction({ weather: 'sunny' })],
      () => 'all',
    );
    expect(groups[0]?.worst).toBe('stormy');
  });

  it('returns no group for no actions', () => {
    expect(aggregateWeatherBy([], () => 'x')).toEqual([]);
  });
});
