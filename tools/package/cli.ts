import path from 'node:path';
import { buildAppPackage } from './package-app.js';
import { PackageError } from './package-error.js';

const USAGE = 'usage: npm run package -- --env <name> [--env-dir <folder>] [--output <file.zip>]';

/** Reads `--name value` and `--name=value` options; unknown options are refused. */
function parseArgs(argv: readonly string[]): { env: string; envDir?: string; output?: string } {
  const known = new Set(['env', 'env-dir', 'output']);
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i] ?? '');
    if (!match?.[1] || !known.has(match[1])) throw new Error(`unknown argument ${JSON.stringify(argv[i])}\n${USAGE}`);
    const value = match[2] ?? argv[(i += 1)];
    if (value === undefined || value === '') throw new Error(`--${match[1]} needs a value\n${USAGE}`);
    options.set(match[1], value);
  }
  const env = options.get('env');
  if (!env) throw new Error(`--env is required\n${USAGE}`);
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(env)) throw new Error(`--env must be a plain name like dev or prod, not ${JSON.stringify(env)}`);
  return { env, envDir: options.get('env-dir'), output: options.get('output') };
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const root = path.resolve(__dirname, '..', '..');
  try {
    const result = await buildAppPackage({
      root,
      envName: args.env,
      envDir: args.envDir && path.resolve(args.envDir),
      output: args.output && path.resolve(args.output),
    });
    process.stdout.write(
      `${path.relative(process.cwd(), result.zipPath)} (manifest ${result.schemaVersion}: ${result.entries.join(', ')})\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
    process.exit(1);
  },
);
