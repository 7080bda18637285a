import { stripe } from "./stripe";
import { accounts, db } from "./db";

async function main() {
  const byCustomer = new Map((await accounts()).map((a) => [a.stripe_customer, a]));

  // keep e-mail and metadata in Stripe aligned with our database
  for await (const c of stripe.customers.list({ limit: 100 })) {
    const acct = byCustomer.get(c.id);
    if (acct && (c.email !== acct.email || c.metadata.account_id !== acct.id)) {
      await stripe.customers.update(c.id, { email: acct.email, metadata: { account_id: acct.id } });
    }
  }

  // bill seat overage on active subscriptions as a separate invoice
  for await (const sub of stripe.subscriptions.list({ status: "active", limit: 100 })) {
    const acct = byCustomer.get(String(sub.customer));
    if (!acct || acct.overage_cents <= 0) continue;
    const invoice = await stripe.invoices.create({
      customer: acct.stripe_customer,
      subscription: sub.id,
      collection_method: "charge_automatically",
      description: `Seat overage (${acct.seats} seats)`,
      auto_advance: false,
    });
    await stripe.invoices.finalizeInvoice(invoice.id!);
  }
  await db.end();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
