require 'shopify_api'

class ShopifyClient
  def session
    ShopifyAPI::Auth::Session.new(
      shop: 'acme-outdoor.myshopify.com',
      access_token: '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'
    )
  end
end
