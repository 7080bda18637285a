import pg from "pg";

export const db = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export type Account = { id: string; stripe_customer: string; email: string; seats: number; overage_cents: number };

export async function accounts(): Promise<Account[]> {
  const { rows } = await db.query<Account>("select id, stripe_customer, email, seats, overage_cents from accounts");
  return rows;
}
