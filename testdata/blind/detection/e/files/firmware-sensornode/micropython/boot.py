# This file is executed on every boot (including wake-boot from deepsleep)
import network, webrepl, time

def do_connect():
    wlan = network.WLAN(network.STA_IF)
    wlan.active(True)
    if not wlan.isconnected():
        print('connecting to network...')
        wlan.connect('Werkhalle-IoT', 'Squid3398!')
        while not wlan.isconnected():
            time.sleep_ms(200)
    print('network config:', wlan.ifconfig())

do_connect()
webrepl.start()
