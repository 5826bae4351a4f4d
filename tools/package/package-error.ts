/** A refusal to build the app package: names every problem found, so one run shows everything to fix. */
export class PackageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Paquet Teams refusé / Teams app package refused:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}
