import fs from 'node:fs';

/** An Agents Toolkit environment file (`env/.env.<name>`), parsed. */
export interface EnvFile {
  path: string;
  values: ReadonlyMap<string, string>;
}

const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/;

/** Removes matching quotes and a trailing comment from an unquoted value, as dotenv does. */
function unquote(raw: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(raw);
  if (quoted) return quoted[1] === '"' ? (quoted[2] ?? '').replace(/\\n/g, '\n') : (quoted[2] ?? '');
  return raw.replace(/\s+#.*$/, '');
}

/** Parses dotenv text; returns the values and the lines it could not read. */
export function parseEnvText(text: string): { values: Map<string, string>; problems: string[] } {
  const values = new Map<string, string>();
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (/^\s*(#.*)?$/.test(line)) return;
    const match = LINE.exec(line);
    if (!match?.[1]) {
      problems.push(`line ${index + 1} is not KEY=VALUE: ${JSON.stringify(line)}`);
      return;
    }
    if (values.has(match[1])) problems.push(`line ${index + 1}: ${match[1]} is defined twice`);
    values.set(match[1], unquote(match[2] ?? ''));
  });
  return { values, problems };
}

/** Reads `<dir>/.env.<name>`; undefined when the file does not exist. */
export function readEnvFile(dir: string, name: string): (EnvFile & { problems: string[] }) | undefined {
  const file = `${dir}/.env.${name}`;
  if (!fs.existsSync(file)) return undefined;
  const { values, problems } = parseEnvText(fs.readFileSync(file, 'utf8'));
  return { path: file, values, problems };
}
