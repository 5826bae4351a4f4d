// Preferences kept in the browser between visits. Storage may be unavailable (private mode, Teams mobile): ignore then.
const PREFIX = 'capMandat.';

export function readPreference(name: string): string | undefined {
  try {
    return window.localStorage.getItem(PREFIX + name) ?? undefined;
  } catch {
    return undefined;
  }
}

export function writePreference(name: string, value: string | undefined): void {
  try {
    if (value === undefined) window.localStorage.removeItem(PREFIX + name);
    else window.localStorage.setItem(PREFIX + name, value);
  } catch {
    // Nothing to do: the choice simply lasts for this visit only.
    return;
  }
}
