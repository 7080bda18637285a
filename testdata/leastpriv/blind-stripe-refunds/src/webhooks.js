// Stripe webhook endpoint: keeps our account id on the Stripe customer in sync.
const express = require("express");
const Stripe = require("stripe");

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: "2024-06-20" });
const router = express.Router();

router.post("/stripe/webhook", express.raw({ type: "application/json" }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers["stripe-signature"], process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }

  if (event.type === "customer.created" && !event.data.object.metadata.account_id) {
    await stripe.customers.update(event.data.object.id, { metadata: { source: "dashboard" } });
  }
  res.json({ received: true });
});

module.exports = router;
