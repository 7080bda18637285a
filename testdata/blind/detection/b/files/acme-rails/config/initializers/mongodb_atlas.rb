# MongoDB Atlas client configuration
require 'faraday'

MONGODB_ATLAS_PUBLIC_KEY = 'n7p3rlsv'
MONGODB_ATLAS_PRIVATE_KEY = 'a3ac6f38-415f-4a8a-ae8d-0efd02534f4d'

