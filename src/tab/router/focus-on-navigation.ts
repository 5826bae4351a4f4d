// After the user moves to another page, the new page's heading takes the focus so that screen readers announce it
// and keyboard users start from the top. The first page of a visit keeps the browser's default focus.
let lastPath: string | undefined;
let pending = false;

/** Records a location change; only a change of path (not of query) asks the next page heading to take focus. */
export function noteLocation(path: string): void {
  if (lastPath !== undefined && lastPath !== path) pending = true;
  lastPath = path;
}

/** True once after a navigation to another page. */
export function consumeFocusRequest(): boolean {
  const value = pending;
  pending = false;
  return value;
}
