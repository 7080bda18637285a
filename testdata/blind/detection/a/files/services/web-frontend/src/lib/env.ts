// Typed access to runtime configuration.
export const stripeSecret = process.env.STRIPE_SECRET_KEY!;
export const openaiKey = requireEnv('OPENAI_API_KEY');
export const anthropicKey: string = import.meta.env.ANTHROPIC_API_KEY;
export const hfToken = process.env['HF_TOKEN'] ?? '';
export const vercelToken = await secrets.get('vercel/token');

function requireEnv(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`missing ${name}`);
  return v;
}
