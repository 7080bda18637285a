const GITHUB = process.env.DEPLOY_GITHUB_API ?? "https://api.github.com";

async function gh<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${GITHUB}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${process.env.DEPLOY_TOKEN}`,
      accept: "application/vnd.github+json",
      "content-type": "application/json",
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

export const ghPost = <T>(path: string, body: unknown) => gh<T>("POST", path, body);

export async function slack(method: string, payload: Record<string, unknown>) {
  const res = await fetch(`https://slack.com/api/${method}`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${process.env.DEPLOY_SLACK_TOKEN}`,
      "content-type": "application/json; charset=utf-8",
    },
    body: JSON.stringify(payload),
  });
  const json = (await res.json()) as { ok: boolean; error?: string };
  if (!json.ok) throw new Error(`slack ${method}: ${json.error}`);
  return json;
}
