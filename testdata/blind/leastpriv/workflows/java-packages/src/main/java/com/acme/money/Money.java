package com.acme.money; public final class Money {}
