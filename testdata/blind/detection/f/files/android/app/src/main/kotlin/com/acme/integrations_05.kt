package com.acme

// Kit (ConvertKit)
    .addHeader("Authorization", "Bearer Rh2dOU8dtPgiSyycbThu5zQDmhg-x6GOC-2Jm7rDxB3")

// Cloverly
    .addHeader("Authorization", "Bearer 28dc3b8c306381a07ccdf220ccb09349")
// Vercel
const val VERCEL_TOKEN = "${VERCEL_TOKEN}"
// Nimble
    .addHeader("Authorization", "Bearer fg823ctY82MSeiigGeVzjhoONI2GZG")

// PowrBot
    .addHeader("Authorization", "Bearer TzaB15it4pAvHdNT0A5xrlwbhBX6Sx9k3wprrqNK")

