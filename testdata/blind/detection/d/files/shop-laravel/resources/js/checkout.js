import { loadStripe } from "@stripe/stripe-js";

const stripe = await loadStripe("pk_live_51uKLRdJP3W0vk5kCbxJ2nOWhlggFE8MIbkBlvHOh6RPmLk0ZCELq4yKqQ1iOcvGW00Nzys01unA9AQjvqyRA3AxBFEp5qUdOzG");

export function paypalScriptUrl() {
  return "https://www.paypal.com/sdk/js?client-id=AKYHCUKi8SH5kMQjZX26aKplLG2cKOnkG-csW6WLqS8-hitM5RB1eaVubju6t38-rzCPiIJ03gka7BG2&currency=EUR";
}

window.recaptchaSiteKey = "6LAvGU0sZ4g4jJDvTlbdjdhnsNvNvinQ-5Vfa5ox";
export const POSTHOG_KEY = "phc_uU5LG62PV467P85GUS9nxZVuIQvl8hBnbKAFJrnWVve";
