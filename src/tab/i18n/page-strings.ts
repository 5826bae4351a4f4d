import i18next from 'i18next';

const added = new WeakSet<object>();

/**
 * Adds French strings that travel with a lazily loaded page (the first page of most people never needs them). Called
 * when the page renders, i18next being initialised by then; adding twice is a no-op. English has them already.
 */
export function addPageStrings(...bundles: object[]): void {
  for (const bundle of bundles) {
    if (added.has(bundle)) continue;
    i18next.addResourceBundle('fr', 'translation', bundle, true, false);
    added.add(bundle);
  }
}
