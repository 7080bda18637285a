const stripe = require("stripe")(process.env.STRIPE_SECRET_KEY);

async function charge(customerId, amount) {
  const customer = await stripe.customers.retrieve(customerId);
  return stripe.paymentIntents.create({ amount, currency: "eur", customer: customer.id });
}

async function refund(paymentIntent) {
  return stripe.refunds.create({ payment_intent: paymentIntent });
}

module.exports = { charge, refund };
