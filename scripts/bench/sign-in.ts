// Signs in the way a browser does, through next-auth's credentials endpoint: GET the CSRF
// token (and its cookie), POST the form with it, keep the session cookie that comes back.

export type Session = { email: string; cookie: string };

function cookiesOf(res: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    if (eq > 0) jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
  }
  return jar;
}

const header = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

export async function signIn(baseUrl: string, email: string, password: string): Promise<Session> {
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrfRes.ok) throw new Error(`GET /api/auth/csrf answered ${csrfRes.status}`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = cookiesOf(csrfRes);

  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(jar) },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${baseUrl}/dashboard` }),
  });
  for (const [k, v] of cookiesOf(res)) jar.set(k, v);
  const session = [...jar.keys()].find((k) => /next-auth\.session-token(\.0)?$/.test(k));
  if (!session) {
    const body = await res.text().catch(() => "");
    throw new Error(`Signing in as ${email} failed (HTTP ${res.status}${body ? `: ${body.slice(0, 200)}` : ""}). Was the bench database seeded (npm run db:seed:scale)?`);
  }
  // Only the session cookie is needed afterwards (the CSRF cookie is for the sign-in form).
  return { email, cookie: [...jar].filter(([k]) => k.includes("session-token")).map(([k, v]) => `${k}=${v}`).join("; ") };
}
