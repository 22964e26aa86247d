import { z } from "zod";

// Settings, validated once at start-up: a wrong value stops the server with a sentence
// that names it. Defaults make the newcomer's `npm start` work with no set-up.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  APP_URL: z.url("APP_URL must be a full URL such as http://localhost:3000").default("http://localhost:3000"),
  AUTH_SECRET: z
    .string()
    .min(32, "AUTH_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)")
    .optional(),
  DATABASE_URL: z.string().optional(),
  /** How many reverse proxies in front of the app append to X-Forwarded-For. */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
});

export type Env = z.infer<typeof schema> & { AUTH_SECRET: string };

// Only for development and tests: a fixed secret so that sessions survive restarts.
const DEV_SECRET = "lontar-development-secret-not-for-production-use";

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Lontar cannot start, a setting is wrong:\n${lines.join("\n")}`);
  }
  const value = parsed.data;
  const isProductionDeployment = value.NODE_ENV === "production" && value.APP_URL.startsWith("https://");
  if (!value.AUTH_SECRET && isProductionDeployment) {
    throw new Error("Lontar cannot start: AUTH_SECRET is required when APP_URL is https (a real deployment).");
  }
  cached = { ...value, AUTH_SECRET: value.AUTH_SECRET ?? DEV_SECRET };
  return cached;
}

/** Cookies get the Secure flag wherever the portal is served over https. */
export function secureCookies(): boolean {
  return env().APP_URL.startsWith("https://");
}
