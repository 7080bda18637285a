import Stripe from "stripe";

const key = process.env.STRIPE_BILLING_KEY;
if (!key) throw new Error("STRIPE_BILLING_KEY missing");

export const stripe = new Stripe(key, {
  apiVersion: "2024-10-28.acacia",
  appInfo: { name: "billing-sync", version: "1.3.0" },
  maxNetworkRetries: 2,
});
