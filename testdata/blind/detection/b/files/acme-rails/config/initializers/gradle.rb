# Gradle client configuration
require 'faraday'

GRADLE_PUBLISH_KEY = 'Tfzq7g1nLFEfASL35vVlSZUry5hjYD98'
GRADLE_PUBLISH_SECRET = 'dYitBoMWJ3ZOkPrM9Ds3weTCeO219JUL'

