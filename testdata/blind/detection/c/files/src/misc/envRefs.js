const dbPassword = process.env.DB_PASSWORD;
const stripeKey = process.env['STRIPE_SECRET_KEY'];
const token = import.meta.env.VITE_API_TOKEN;
const apiKey = Deno.env.get('API_KEY');
const secret = await getSecret('prod/jwt');
const slack = config.get('slack.botToken');
