export interface PostActivityOptions {
  /** A channel token (see `fake.channelToken`); without one the request is anonymous. */
  token?: string;
  headers?: Record<string, string>;
}

export interface PostActivityResult {
  status: number;
  /** Parsed JSON when the bot answered JSON (an invoke response), the raw text otherwise, undefined when empty. */
  body: unknown;
}

/** Posts an activity to the bot's messaging endpoint as Teams does, and reads the answer. */
export async function postActivity(botUrl: string, activity: object, options: PostActivityOptions = {}): Promise<PostActivityResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', ...(options.headers ?? {}) };
  if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
  const response = await fetch(botUrl, { method: 'POST', headers, body: JSON.stringify(activity) });
  const text = await response.text();
  if (text === '') return { status: response.status, body: undefined };
  const json = (response.headers.get('content-type') ?? '').includes('json');
  if (!json) return { status: response.status, body: text };
  try {
    return { status: response.status, body: JSON.parse(text) as unknown };
  } catch {
    return { status: response.status, body: text };
  }
}
