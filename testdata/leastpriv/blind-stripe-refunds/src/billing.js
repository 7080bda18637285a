// Customer lookup and self-service refunds for the storefront backend.
const Stripe = require("stripe");

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: "2024-06-20" });

async function findOrCreateCustomer({ email, name, accountId }) {
  const existing = await stripe.customers.list({ email, limit: 1 });
  if (existing.data.length > 0) return existing.data[0];
  return stripe.customers.create({ email, name, metadata: { account_id: accountId } });
}

// Refund a charge if it is less than 30 days old and not already fully refunded.
async function refundCharge(chargeId, { amount, reason = "requested_by_customer" } = {}) {
  const charge = await stripe.charges.retrieve(chargeId);
  const ageDays = (Date.now() / 1000 - charge.created) / 86400;
  if (charge.refunded || ageDays > 30) {
    throw new Error(`charge ${chargeId} is not refundable`);
  }
  return stripe.refunds.create({ charge: chargeId, amount, reason });
}

module.exports = { findOrCreateCustomer, refundCharge };
