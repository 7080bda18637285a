require 'shopify_api'
session = ShopifyAPI::Auth::Session.new(shop: 'northwind-outlet.myshopify.com', access_token: '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')
# old token (revoked, shortened in ticket): shpat_145e313ef61e37d32ec13defa767522
