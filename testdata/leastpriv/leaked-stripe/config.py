# TODO move to the secret store
STRIPE_KEY = "sk_live_Zq8yoJLJBGHWIfchw3kgOKKueStWn2W8"
