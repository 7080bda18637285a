import os

import stripe

stripe.api_key = os.environ["STRIPE_KEY"]


def checkout(cart):
    return stripe.checkout.Session.create(line_items=cart, mode="payment")


def status(session_id):
    return stripe.checkout.Session.retrieve(session_id)


def products():
    return stripe.Product.list(limit=20)
