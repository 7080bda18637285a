package com.northwind.fleet

import com.zaxxer.hikari.HikariConfig

fun hikari() = HikariConfig().apply {
    jdbcUrl = "jdbc:postgresql://pg-fleet:5432/fleet"
    username = "fleet"
    password = "Autumn2024-Ubz"
    maximumPoolSize = 10
}
