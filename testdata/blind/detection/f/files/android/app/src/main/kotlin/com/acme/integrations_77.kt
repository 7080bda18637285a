package com.acme

// Cloudinary
    .addHeader("Authorization", "Bearer 4S-C97lVW0YehfwRFsls-6oFgFZ")
// Snyk
const val SNYK_TOKEN = "7927e5b7-711f-4e6c-8d00-6371bb44f503"

// Eraser
    .addHeader("Authorization", "Bearer IYP2gHLTbS6WJQTFb3D5")

// Unsplash
    .addHeader("Authorization", "Bearer ZQsITpFeE_i_cfnwxn0GfF04SKTq6UfO6M5QqbRlRRY")
// Confluent Cloud
    .addHeader("Authorization", "Bearer 6/ii7eUKrHw5Xn+vOdRl9gPPqfB8+5ik2KcCy6GtiZGx4OyyX2D7iVvxuKWqXTps")

// Percy
    .addHeader("Authorization", "Bearer 332f40f8ead16030b280782a2d7163e918697bd8fcf0bf547b02174d870e2471")

// SalesBlink
const val SALESBLINK_API_KEY = "9wIHsM56ZowvRHPN9O5mf7ZtVN7sEsqaLKXFy5bJ"
// Sumo Logic
    .addHeader("Authorization", "Bearer ocdGeAve9X8gfLQmDBLRVAskkr9h5GpfIJjq9t744YgiV3ZphfNsJQ7oRDqaZ4b3")
// Discord
    .addHeader("Authorization", "Bearer changeme")

